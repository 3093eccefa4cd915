/// A line chart as inline SVG: series over a shared x axis, each with an optional band (e.g. a
/// 95% interval across replications), axes with ticks and labels (units in the axis titles), a
/// title and a legend. Colours from ``Palette``.
public struct LineChart: Sendable {
    public struct Series: Sendable {
        public let name: String
        public let values: [Double]
        /// Lower and upper bounds per point, drawn as a translucent band.
        public let band: (low: [Double], high: [Double])?
        public init(name: String, values: [Double], band: (low: [Double], high: [Double])? = nil) {
            self.name = name
            self.values = values
            self.band = band
        }
    }

    public var title: String
    public var xLabel: String
    public var yLabel: String
    /// The x value of point i is `xStart + i`.
    public var xStart: Double = 1
    public var series: [Series]
    /// Fixed y range (else from the data).
    public var yRange: ClosedRange<Double>?
    public var width = 640.0, height = 300.0

    public init(title: String, xLabel: String, yLabel: String, series: [Series], yRange: ClosedRange<Double>? = nil) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.yRange = yRange
    }

    public var svg: String {
        let left = 64.0, right = 16.0, top = 34.0
        // Legend entries flow left to right and wrap; the chart grows by a line per extra row.
        var legend: [(x: Double, row: Int)] = []
        var lx = left, row = 0
        for s in series {
            let w = 26 + Double(s.name.count) * 7
            if lx + w > width - right && lx > left {
                row += 1
                lx = left
            }
            legend.append((lx, row))
            lx += w
        }
        let height = self.height + 16 * Double(row)
        let bottom = 64.0 + 16 * Double(row)
        let plotW = width - left - right, plotH = height - top - bottom
        let count = series.map(\.values.count).max() ?? 0
        var ys: [Double] = []
        for s in series {
            ys += s.values.filter(\.isFinite)
            if let band = s.band { ys += (band.low + band.high).filter(\.isFinite) }
        }
        let yTicks = yRange.map { AxisTicks(from: $0.lowerBound, to: $0.upperBound) } ?? AxisTicks(from: ys.min() ?? 0, to: ys.max() ?? 1)
        let xTicks = AxisTicks(from: xStart, to: xStart + Double(Swift.max(count - 1, 1)))
        func x(_ i: Int) -> Double { left + (Double(i) + xStart - xTicks.low) / (xTicks.high - xTicks.low) * plotW }
        func y(_ v: Double) -> Double { top + (1 - (v - yTicks.low) / (yTicks.high - yTicks.low)) * plotH }
        let c = Markup.coordinate
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" font-family=\"sans-serif\" font-size=\"12\">\n"
        out += "<title>\(Markup.escape(title))</title>\n"
        out += "<text x=\"\(c(left))\" y=\"20\" font-size=\"14\" font-weight=\"bold\">\(Markup.escape(title))</text>\n"
        // Grid and ticks.
        for v in yTicks.values {
            out += "<line x1=\"\(c(left))\" y1=\"\(c(y(v)))\" x2=\"\(c(left + plotW))\" y2=\"\(c(y(v)))\" stroke=\"#ddd\"/>"
            out += "<text x=\"\(c(left - 6))\" y=\"\(c(y(v) + 4))\" text-anchor=\"end\">\(yTicks.label(v))</text>\n"
        }
        for v in xTicks.values {
            let px = left + (v - xTicks.low) / (xTicks.high - xTicks.low) * plotW
            out += "<line x1=\"\(c(px))\" y1=\"\(c(top + plotH))\" x2=\"\(c(px))\" y2=\"\(c(top + plotH + 4))\" stroke=\"#333\"/>"
            out += "<text x=\"\(c(px))\" y=\"\(c(top + plotH + 18))\" text-anchor=\"middle\">\(xTicks.label(v))</text>\n"
        }
        out += "<rect class=\"plot\" x=\"\(c(left))\" y=\"\(c(top))\" width=\"\(c(plotW))\" height=\"\(c(plotH))\" fill=\"none\" stroke=\"#333\"/>\n"
        out += "<text class=\"axis-label\" x=\"\(c(left + plotW / 2))\" y=\"\(c(top + plotH + 36))\" text-anchor=\"middle\">\(Markup.escape(xLabel))</text>\n"
        out += "<text class=\"axis-label\" transform=\"translate(14 \(c(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\">\(Markup.escape(yLabel))</text>\n"
        // Bands, then lines.
        for (k, s) in series.enumerated() {
            guard let band = s.band, !band.low.isEmpty else { continue }
            var points: [String] = []
            // Clamped to the plot: an interval may reach past a fixed range (a probability's, say).
            func inside(_ v: Double) -> Double { Swift.min(yTicks.high, Swift.max(yTicks.low, v)) }
            for i in band.high.indices where band.high[i].isFinite { points.append("\(c(x(i))),\(c(y(inside(band.high[i]))))") }
            for i in band.low.indices.reversed() where band.low[i].isFinite { points.append("\(c(x(i))),\(c(y(inside(band.low[i]))))") }
            out += "<polygon class=\"band\" points=\"\(points.joined(separator: " "))\" fill=\"\(Palette.colour(k))\" fill-opacity=\"0.2\" stroke=\"none\"/>\n"
        }
        for (k, s) in series.enumerated() {
            let points = s.values.indices.filter { s.values[$0].isFinite }.map { "\(c(x($0))),\(c(y(s.values[$0])))" }
            out += "<polyline class=\"series\" data-name=\"\(Markup.escape(s.name))\" points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(Palette.colour(k))\" stroke-width=\"2\"/>\n"
        }
        // Legend under the axis title.
        for (k, s) in series.enumerated() {
            let (ex, ey) = (legend[k].x, top + plotH + 54 + 16 * Double(legend[k].row))
            out += "<g class=\"legend\"><rect x=\"\(c(ex))\" y=\"\(c(ey - 9))\" width=\"14\" height=\"4\" fill=\"\(Palette.colour(k))\"/>"
            out += "<text x=\"\(c(ex + 18))\" y=\"\(c(ey - 4))\">\(Markup.escape(s.name))</text></g>\n"
        }
        out += "</svg>\n"
        return out
    }
}
