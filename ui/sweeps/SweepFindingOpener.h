#pragma once
#include "app/domain/SweepFinding.h"

namespace pd::ui {

class ItemEditorWindow;
class MainWindow;

/// Opens a sweep finding's item in the editor at the place: the match is selected in its field once the item has
/// loaded (at once when it was open already). A dead link opens just the item, being somewhere in its body.
class SweepFindingOpener
{
public:
    /// The item's editor, or nullptr when the main window could not open it.
    static ItemEditorWindow *open(MainWindow &window, const domain::SweepFinding &finding);
};

} // namespace pd::ui
