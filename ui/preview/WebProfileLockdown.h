#pragma once

class QWebEngineProfile;

namespace pd::ui {

/// What every web page PortalDesk shows itself (preview, rich editor) may never do, set in one place so both
/// profiles stay equally closed: nothing kept on disk (memory cache, no persistent cookies), no new windows, no
/// file: access, no plugins or PDF viewer, no DNS prefetch, favicon loads, hyperlink auditing or local WebRTC
/// addresses, no navigation by dropping a file. JavaScript, remote access and the request interceptor are each
/// caller's own choice.
void lockDownWebProfile(QWebEngineProfile &profile);

} // namespace pd::ui
