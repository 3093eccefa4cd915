/// Means with their 95% intervals, one per category (e.g. a design point), as inline SVG: a
/// marker at the mean and a bar over the interval, categories labelled under the axis.
public struct IntervalChart: Sendable {
    public struct Estimate: Sendable {
        public let label: String
        public let mean: Double
        public let low: Double
        public let high: Double
        public init(label: String, mean: Double, low: Double, high: Double) {
            self.label = label
            self.mean = mean
            self.low = low
            self.high = high
        }
    }

    public var title: String
    public var yLabel: String
    public var estimates: [Estimate]
    public var width = 640.0, height = 300.0

    public init(title: String, yLabel: String, estimates: [Estimate]) {
        self.title = title
        self.yLabel = yLabel
        self.estimates = estimates
    }

    public var svg: String {
        let left = 64.0, right = 16.0, top = 34.0
        let slot = (width - left - right) / Double(Swift.max(1, estimates.count))
        // Labels: their parts ("a=1, b=2") on lines under each point when there is room, else numbers.
        let named = slot >= 70
        let perLine = Swift.max(4, Int(slot / 6.8))
        let lines = estimates.map { e -> [String] in
            named ? e.label.split(separator: ",").map { $0.drop { $0 == " " } }.map(String.init).map { $0.count > perLine ? String($0.prefix(perLine - 1)) + "…" : $0 } : ["\(estimates.firstIndex { $0.label == e.label } ?? 0)"]
        }
        let bottom = 30 + 14 * Double(lines.map(\.count).max() ?? 1)
        let chartHeight = height
        let plotW = width - left - right, plotH = chartHeight - top - bottom
        let values = estimates.flatMap { [$0.mean, $0.low, $0.high] }.filter(\.isFinite)
        let ticks = AxisTicks(from: values.min() ?? 0, to: values.max() ?? 1)
        func y(_ v: Double) -> Double { top + (1 - (v - ticks.low) / (ticks.high - ticks.low)) * plotH }
        let c = Markup.coordinate
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart intervals\" role=\"img\" viewBox=\"0 0 \(c(width)) \(c(chartHeight))\" width=\"\(c(width))\" height=\"\(c(chartHeight))\" font-family=\"sans-serif\" font-size=\"12\">\n"
        out += "<title>\(Markup.escape(title))</title>\n<text x=\"\(c(left))\" y=\"20\" font-size=\"14\" font-weight=\"bold\">\(Markup.escape(title))</text>\n"
        for v in ticks.values {
            out += "<line x1=\"\(c(left))\" y1=\"\(c(y(v)))\" x2=\"\(c(left + plotW))\" y2=\"\(c(y(v)))\" stroke=\"#ddd\"/>"
            out += "<text x=\"\(c(left - 6))\" y=\"\(c(y(v) + 4))\" text-anchor=\"end\">\(ticks.label(v))</text>\n"
        }
        out += "<rect class=\"plot\" x=\"\(c(left))\" y=\"\(c(top))\" width=\"\(c(plotW))\" height=\"\(c(plotH))\" fill=\"none\" stroke=\"#333\"/>\n"
        out += "<text class=\"axis-label\" transform=\"translate(14 \(c(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\">\(Markup.escape(yLabel))</text>\n"
        for (k, e) in estimates.enumerated() {
            let x = left + slot * (Double(k) + 0.5)
            if e.low.isFinite && e.high.isFinite {
                out += "<line class=\"interval\" x1=\"\(c(x))\" y1=\"\(c(y(e.low)))\" x2=\"\(c(x))\" y2=\"\(c(y(e.high)))\" stroke=\"\(Palette.colour(0))\" stroke-width=\"2\"/>"
                for bound in [e.low, e.high] {
                    out += "<line x1=\"\(c(x - 5))\" y1=\"\(c(y(bound)))\" x2=\"\(c(x + 5))\" y2=\"\(c(y(bound)))\" stroke=\"\(Palette.colour(0))\" stroke-width=\"2\"/>"
                }
            }
            if e.mean.isFinite {
                out += "<circle class=\"estimate\" cx=\"\(c(x))\" cy=\"\(c(y(e.mean)))\" r=\"4\" fill=\"\(Palette.colour(1))\"><title>\(Markup.escape(e.label)): \(e.mean) [\(e.low), \(e.high)]</title></circle>"
            }
            out += "<text class=\"category\" text-anchor=\"middle\">"
            for (n, line) in lines[k].enumerated() { out += "<tspan x=\"\(c(x))\" y=\"\(c(top + plotH + 16 + 14 * Double(n)))\">\(Markup.escape(line))</tspan>" }
            out += "</text>\n"
        }
        out += "<text x=\"\(c(left))\" y=\"\(c(chartHeight - 6))\" fill=\"#555\">● mean, bar: 95% interval\(named ? "" : "; points numbered as in the table")</text>\n</svg>\n"
        return out
    }
}
