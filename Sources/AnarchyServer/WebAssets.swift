import Hummingbird

/// The page, its script and its styles, served by the app itself (no CDN, no network): a scenario
/// editor with live validation, a parameters form, a live run with charts (beside the previous
/// run's, to compare two options) and a map, events with their causes, and controls.
/// A link `/#scenario=NAME&set=PATH=VALUE&ticks=N&run` opens a scenario, sets parameters and runs
/// it; `&compare=PATH=VALUE` then runs it again with that change, the two drawn side by side.
/// They are files of their own (`Sources/AnarchyServer/Page/`: `index.html`, `app.js`, `app.css`),
/// compiled into the binary at build time by the EmbedFiles plugin.
enum WebAssets {
    static func response(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// `index.html`.
    static var page: String { EmbeddedFiles.page }
    /// `app.css`.
    static var styles: String { EmbeddedFiles.pageStyles }
    /// `app.js`.
    static var script: String { EmbeddedFiles.pageScript }
}
