# The rich editor page as Qt resources under qrc:/editor/: our page (index.html, editor.js, editor.css) and CKEditor 5's
# prebuilt browser build with its zh-cn translation. CKEditor comes from npm at build time (`npm ci` from the pinned
# package-lock.json into the build directory); nothing from node_modules is kept in the source tree.
find_program(PD_NPM npm REQUIRED)

function(pd_add_editor_assets target)
    set(src ${PROJECT_SOURCE_DIR}/resources/editor)
    set(npm_dir ${CMAKE_BINARY_DIR}/editor-npm)
    set(dist ${npm_dir}/node_modules/ckeditor5/dist)
    set(ck_files ${dist}/browser/ckeditor5.umd.js ${dist}/browser/ckeditor5.css ${dist}/translations/zh-cn.umd.js)
    file(MAKE_DIRECTORY ${npm_dir})
    add_custom_command(
        OUTPUT ${ck_files}
        COMMAND ${CMAKE_COMMAND} -E copy_if_different ${src}/package.json ${src}/package-lock.json ${npm_dir}
        COMMAND ${PD_NPM} ci --ignore-scripts --no-audit --no-fund --loglevel=error
        # npm keeps the packages' own dates; the outputs must look newer than the lock file.
        COMMAND ${CMAKE_COMMAND} -E touch ${ck_files}
        WORKING_DIRECTORY ${npm_dir}
        DEPENDS ${src}/package.json ${src}/package-lock.json
        COMMENT "npm ci: CKEditor 5 for the rich editor"
        VERBATIM)
    set_source_files_properties(${ck_files} PROPERTIES GENERATED TRUE)
    set_source_files_properties(${dist}/browser/ckeditor5.umd.js PROPERTIES QT_RESOURCE_ALIAS ckeditor5.umd.js)
    set_source_files_properties(${dist}/browser/ckeditor5.css PROPERTIES QT_RESOURCE_ALIAS ckeditor5.css)
    set_source_files_properties(${dist}/translations/zh-cn.umd.js PROPERTIES QT_RESOURCE_ALIAS zh-cn.umd.js)
    foreach(f index.html editor.js editor.css)
        set_source_files_properties(${src}/${f} PROPERTIES QT_RESOURCE_ALIAS ${f})
    endforeach()
    qt_add_resources(${target} pd_editor_page
        PREFIX /editor
        FILES ${src}/index.html ${src}/editor.js ${src}/editor.css ${ck_files}
    )
endfunction()
