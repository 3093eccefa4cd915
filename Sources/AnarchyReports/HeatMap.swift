import AnarchyCore

/// A phase diagram: a value over two parameters as coloured cells (cividis-like sequential
/// scale, readable with colour-blindness and in grey), with both axes labelled and a colour key.
public struct HeatMap: Sendable {
    public var title: String
    public var xLabel: String, yLabel: String, valueLabel: String
    public var xValues: [Double], yValues: [Double]
    /// values[row][column]: row = y index, column = x index; NaN cells are grey.
    public var values: [[Double]]
    public var width = 480.0, height = 360.0

    public init(title: String, xLabel: String, yLabel: String, valueLabel: String, xValues: [Double], yValues: [Double], values: [[Double]]) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.valueLabel = valueLabel
        self.xValues = xValues
        self.yValues = yValues
        self.values = values
    }

    /// Cividis end points and mid point (Nuñez, Anderton & Renslow 2018), interpolated.
    static func colour(_ t: Double) -> String {
        let stops: [(Double, Double, Double)] = [(0, 32, 77), (124, 123, 120), (255, 234, 70)]
        let u = Swift.min(1, Swift.max(0, t.isFinite ? t : 0)) * 2
        let k = Swift.min(1, Int(u)), f = u - Double(k)
        let (a, b) = (stops[k], stops[k + 1])
        func mix(_ x: Double, _ y: Double) -> Int { Int((x + (y - x) * f).rounded()) }
        let hex = [mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2)].map { v -> String in
            let s = String(v, radix: 16)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + hex.joined()
    }

    public var svg: String {
        let left = 70.0, right = 90.0, top = 34.0, bottom = 56.0
        let plotW = width - left - right, plotH = height - top - bottom
        let finite = values.flatMap { $0 }.filter(\.isFinite)
        let (low, high) = (finite.min() ?? 0, finite.max() ?? 1)
        let span = high - low > 0 ? high - low : 1
        let cw = plotW / Double(Swift.max(1, xValues.count)), ch = plotH / Double(Swift.max(1, yValues.count))
        let c = Markup.coordinate
        func label(_ v: Double) -> String { PlainNumber.text(v) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart heatmap\" role=\"img\" viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" font-family=\"sans-serif\" font-size=\"12\">\n"
        out += "<title>\(Markup.escape(title))</title>\n<text x=\"\(c(left))\" y=\"20\" font-size=\"14\" font-weight=\"bold\">\(Markup.escape(title))</text>\n"
        for (r, row) in values.enumerated() {
            for (col, v) in row.enumerated() {
                let x = left + cw * Double(col), y = top + plotH - ch * Double(r + 1)
                let fill = v.isFinite ? Self.colour((v - low) / span) : "#cccccc"
                out += "<rect class=\"cell\" x=\"\(c(x))\" y=\"\(c(y))\" width=\"\(c(cw))\" height=\"\(c(ch))\" fill=\"\(fill)\" stroke=\"#fff\"><title>\(Markup.escape(xLabel)) \(xValues[col]), \(Markup.escape(yLabel)) \(yValues[r]): \(v)</title></rect>"
                let text = v.isFinite ? (v - low) / span > 0.6 ? "#000" : "#fff" : "#000"
                out += "<text x=\"\(c(x + cw / 2))\" y=\"\(c(y + ch / 2 + 4))\" text-anchor=\"middle\" fill=\"\(text)\">\(v.isFinite ? AxisTicks(from: low, to: high).label(v) : "–")</text>\n"
            }
        }
        for (col, v) in xValues.enumerated() {
            out += "<text x=\"\(c(left + cw * (Double(col) + 0.5)))\" y=\"\(c(top + plotH + 16))\" text-anchor=\"middle\">\(label(v))</text>"
        }
        for (r, v) in yValues.enumerated() {
            out += "<text x=\"\(c(left - 6))\" y=\"\(c(top + plotH - ch * (Double(r) + 0.5) + 4))\" text-anchor=\"end\">\(label(v))</text>"
        }
        out += "\n<text class=\"axis-label\" x=\"\(c(left + plotW / 2))\" y=\"\(c(top + plotH + 36))\" text-anchor=\"middle\">\(Markup.escape(xLabel))</text>\n"
        out += "<text class=\"axis-label\" transform=\"translate(14 \(c(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\">\(Markup.escape(yLabel))</text>\n"
        // Colour key.
        let kx = left + plotW + 20
        for k in 0..<10 {
            let t = Double(k) / 9
            out += "<rect class=\"key\" x=\"\(c(kx))\" y=\"\(c(top + plotH - Double(k + 1) * plotH / 10))\" width=\"16\" height=\"\(c(plotH / 10))\" fill=\"\(Self.colour(t))\"/>"
        }
        out += "\n<text x=\"\(c(kx + 20))\" y=\"\(c(top + 10))\">\(AxisTicks(from: low, to: high).label(high))</text>"
        out += "<text x=\"\(c(kx + 20))\" y=\"\(c(top + plotH))\">\(AxisTicks(from: low, to: high).label(low))</text>"
        out += "<text class=\"key-label\" transform=\"translate(\(c(width - 8)) \(c(top + plotH / 2))) rotate(90)\" text-anchor=\"middle\">\(Markup.escape(valueLabel))</text>\n</svg>\n"
        return out
    }
}
