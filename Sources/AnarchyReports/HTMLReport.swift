/// One self-contained HTML document — inline CSS and SVG, no scripts, no network — built from
/// sections of headings, paragraphs, tables, charts and preformatted text, all escaped.
public struct HTMLReport: Sendable {
    public let title: String
    private var body = ""

    public init(title: String) { self.title = title }

    public mutating func heading(_ text: String, level: Int = 2) {
        let l = Swift.min(6, Swift.max(1, level))
        body += "<h\(l)>\(Markup.escape(text))</h\(l)>\n"
    }

    public mutating func paragraph(_ text: String) { body += "<p>\(Markup.escape(text))</p>\n" }

    public mutating func list(_ items: [String]) {
        guard !items.isEmpty else { return }
        body += "<ul>\n" + items.map { "<li>\(Markup.escape($0))</li>\n" }.joined() + "</ul>\n"
    }

    public mutating func table(_ header: [String], _ rows: [[String]], caption: String? = nil) {
        body += "<div class=\"table\"><table>\n"
        if let caption { body += "<caption>\(Markup.escape(caption))</caption>\n" }
        body += "<thead><tr>" + header.map { "<th>\(Markup.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { body += "<tr>" + row.map { "<td>\(Markup.escape($0))</td>" }.joined() + "</tr>\n" }
        body += "</tbody></table></div>\n"
    }

    public mutating func chart(_ svg: String) { body += "<figure>\n\(svg)</figure>\n" }

    public mutating func preformatted(_ text: String, summary: String) {
        body += "<details><summary>\(Markup.escape(summary))</summary><pre>\(Markup.escape(text))</pre></details>\n"
    }

    public var html: String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Markup.escape(title))</title>
        <style>
        body { font-family: sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; line-height: 1.4; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
        div.table { overflow-x: auto; } table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
        th, td { border: 1px solid #ccc; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: #f3f3f3; } caption { text-align: left; font-weight: bold; margin-bottom: 0.3rem; }
        figure { margin: 1rem 0; } pre { background: #f7f7f7; padding: 0.8rem; overflow-x: auto; font-size: 0.8rem; }
        </style>
        </head>
        <body>
        <h1>\(Markup.escape(title))</h1>
        \(body)</body>
        </html>

        """
    }
}
