// PortalDesk's rich editor page: CKEditor 5 (prebuilt browser build) bridged to the application over QWebChannel.
// The application owns the document: it pushes the body in (htmlPushed), the page reports the user's changes back
// (debounced), and uploads go through the application, which talks to the portal. Nothing here touches the network.
'use strict';

(function () {
    const {
        ClassicEditor, Essentials, Paragraph, Heading, Bold, Italic, Underline, List, Link, BlockQuote, Table,
        TableToolbar, Image, ImageCaption, ImageStyle, ImageToolbar, ImageUpload, Alignment, PasteFromOffice, Indent, RemoveFormat, HorizontalLine
    } = window.CKEDITOR;

    const CHANGE_DELAY_MS = 150; // short enough for checks to follow typing, long enough to batch a burst of keys
    let bridge = null;
    let editor = null;
    let applying = false;  // true while the application's content is being set: not the user's change
    let changeTimer = null;
    const uploads = new Map(); // upload id → { resolve, reject, loader }
    let nextUploadId = 0;

    function reportChange() {
        changeTimer = null;
        bridge.contentChanged(editor.getData());
    }

    // Saves must not lose the last keystrokes still waiting for the debounce: the host asks for them first.
    window.pdFlush = function () {
        if (!editor || changeTimer === null)
            return null;
        clearTimeout(changeTimer);
        changeTimer = null;
        return editor.getData();
    };

    class BridgeUploadAdapter {
        constructor(loader) { this.loader = loader; this.id = 0; }
        upload() {
            return this.loader.file.then(file => new Promise((resolve, reject) => {
                const id = ++nextUploadId;
                this.id = id;
                uploads.set(id, { resolve, reject, loader: this.loader });
                const reader = new FileReader();
                reader.onload = () => {
                    const data = String(reader.result);
                    bridge.upload(id, file.name || '', file.type || '', data.substring(data.indexOf(',') + 1));
                };
                reader.onerror = () => { uploads.delete(id); reject(String(reader.error)); };
                reader.readAsDataURL(file);
            }));
        }
        abort() {
            if (this.id && uploads.has(this.id)) {
                uploads.delete(this.id);
                bridge.cancelUpload(this.id);
            }
        }
    }

    function BridgeUploads(ed) {
        ed.plugins.get('FileRepository').createUploadAdapter = loader => new BridgeUploadAdapter(loader);
    }

    // Text of a block as model offsets count it: characters for text, one place for anything inline that is not.
    function blockText(element) {
        let text = '';
        for (const child of element.getChildren())
            text += child.is('$text') || child.is('$textProxy') ? child.data : '\uFFFC';
        return text;
    }

    // The `occurrence`-th (0-based) place where `excerpt` appears in the document's text, as a model range.
    function findRange(excerpt, occurrence) {
        if (!excerpt)
            return null;
        const model = editor.model;
        const root = model.document.getRoot();
        let seen = 0;
        for (const { item } of model.createRangeIn(root)) {
            if (!item.is('element') || !model.schema.checkChild(item, '$text'))
                continue;
            const text = blockText(item);
            let at = text.indexOf(excerpt);
            while (at >= 0) {
                if (seen === occurrence)
                    return model.createRange(model.createPositionAt(item, at),
                                             model.createPositionAt(item, at + excerpt.length));
                ++seen;
                at = text.indexOf(excerpt, at + 1);
            }
        }
        return null;
    }

    function select(excerpt, occurrence) {
        const range = findRange(excerpt, occurrence);
        if (!range)
            return false;
        editor.model.change(writer => writer.setSelection(range));
        editor.editing.view.focus();
        editor.editing.view.scrollToTheSelection();
        return true;
    }

    function replace(excerpt, occurrence, replacement) {
        const range = findRange(excerpt, occurrence);
        if (!range)
            return false;
        editor.model.change(writer => {
            writer.setSelection(range);
            const attributes = editor.model.document.selection.getAttributes();
            editor.model.insertContent(writer.createText(replacement, attributes), range);
        });
        return true;
    }

    // WPS writes Word's clipboard format but marks every text run as a "space run" (Word's marker for runs of
    // spaces, which Paste from Office turns into spaces) and tags items of real <ul>/<ol> lists with Word's list
    // style (which would renumber them). Both are taken out before the editor's own Office clean-up runs.
    function cleanWpsHtml(html) {
        return html.replace(/mso-spacerun:\s*['"]?yes['"]?;?/gi, '')
                   .replace(/(<li\b[^>]*?)mso-list:[^;"'>]*;?/gi, '$1');
    }

    function installPasteCleaner() {
        const root = editor.editing.view.getDomRoot();
        let reposting = false;
        root.addEventListener('paste', event => {
            if (reposting || !event.clipboardData)
                return;
            const html = event.clipboardData.getData('text/html');
            if (!html || !/<meta[^>]+name=["']?generator["']?[^>]+content=["']?WPS/i.test(html))
                return;
            event.preventDefault();
            event.stopImmediatePropagation();
            const data = new DataTransfer();
            data.setData('text/html', cleanWpsHtml(html));
            data.setData('text/plain', event.clipboardData.getData('text/plain'));
            reposting = true;
            try {
                root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            } finally {
                reposting = false;
            }
        }, true);
    }

    function connectBridge() {
        bridge.htmlPushed.connect((html, generation) => {
            applying = true;
            try {
                editor.setData(html);
            } finally {
                applying = false;
            }
            if (changeTimer !== null) {
                clearTimeout(changeTimer);
                changeTimer = null;
            }
            bridge.bodyLoaded(generation);
        });
        bridge.readOnlyChanged.connect(readOnly => {
            if (readOnly)
                editor.enableReadOnlyMode('portaldesk');
            else
                editor.disableReadOnlyMode('portaldesk');
        });
        bridge.selectRequested.connect((excerpt, occurrence) => bridge.selectionResult(select(excerpt, occurrence)));
        bridge.replaceRequested.connect((excerpt, occurrence, replacement) =>
            bridge.replaceResult(replace(excerpt, occurrence, replacement)));
        bridge.imageInsertRequested.connect((url, alt) => {
            editor.model.change(writer => {
                const image = writer.createElement('imageBlock', { src: url, alt: alt });
                editor.model.insertObject(image, null, null, { setSelection: 'after' });
            });
        });
        bridge.focusRequested.connect(() => editor.editing.view.focus());
        bridge.uploadProgress.connect((id, sent, total) => {
            const upload = uploads.get(id);
            if (upload) {
                upload.loader.uploadTotal = total;
                upload.loader.uploaded = sent;
            }
        });
        bridge.uploadFinished.connect((id, url, error) => {
            const upload = uploads.get(id);
            if (!upload)
                return;
            uploads.delete(id);
            if (error)
                upload.reject(error);
            else
                upload.resolve({ default: url });
        });
        editor.model.document.on('change:data', () => {
            if (applying)
                return;
            if (changeTimer !== null)
                clearTimeout(changeTimer);
            changeTimer = setTimeout(reportChange, CHANGE_DELAY_MS);
        });
        bridge.pageReady();
    }

    ClassicEditor.create(document.querySelector('#editor'), {
        licenseKey: 'GPL',
        language: 'zh-cn',
        translations: [window.CKEDITOR_TRANSLATIONS],
        plugins: [
            // No table/cell properties, font or general-HTML plugins: what they would keep of a Word paste is
            // exactly the styling noise the portal does not want.
            Essentials, Paragraph, Heading, Bold, Italic, Underline, List, Link, BlockQuote, Table, TableToolbar,
            Image, ImageCaption, ImageStyle, ImageToolbar, ImageUpload, Alignment, PasteFromOffice, Indent, RemoveFormat, HorizontalLine, BridgeUploads
        ],
        toolbar: {
            items: ['heading', '|', 'bold', 'italic', 'underline', 'removeFormat', '|', 'alignment', '|',
                    'bulletedList', 'numberedList', 'outdent', 'indent', '|', 'link', 'blockQuote', 'insertTable',
                    'uploadImage', 'horizontalLine', '|', 'undo', 'redo'],
            shouldNotGroupWhenFull: false
        },
        heading: {
            // The public page's title is the h1; body headings start at h2.
            options: [
                { model: 'paragraph', title: '正文', class: 'ck-heading_paragraph' },
                { model: 'heading1', view: 'h2', title: '一级标题', class: 'ck-heading_heading1', upcastAlso: ['h1'] },
                { model: 'heading2', view: 'h3', title: '二级标题', class: 'ck-heading_heading2' },
                { model: 'heading3', view: 'h4', title: '三级标题', class: 'ck-heading_heading3' }
            ]
        },
        alignment: {
            // The classes the portal's CSS and portald's sanitiser know, instead of inline styles.
            options: [
                { name: 'left', className: 'text-left' }, { name: 'center', className: 'text-center' },
                { name: 'right', className: 'text-right' }, { name: 'justify', className: 'text-justify' }
            ]
        },
        image: {
            toolbar: ['imageTextAlternative', 'toggleImageCaption', '|', 'imageStyle:block', 'imageStyle:side'],
            upload: { types: ['jpeg', 'png', 'gif', 'webp'] }
        },
        table: { contentToolbar: ['tableColumn', 'tableRow', 'mergeTableCells'] },
        link: { defaultProtocol: 'https://', addTargetToExternalLinks: false }
    }).then(created => {
        editor = created;
        window.pdEditor = editor;
        installPasteCleaner();
        new QWebChannel(qt.webChannelTransport, channel => {
            bridge = channel.objects.bridge;
            connectBridge();
        });
    }).catch(error => {
        console.error('editor failed to start: ' + (error && error.stack ? error.stack : error));
    });
})();
