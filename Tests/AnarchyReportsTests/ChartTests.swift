import Foundation
import Testing

@testable import AnarchyReports

@Suite(.timeLimit(.minutes(10)))
struct ChartTests {
    @Test func niceTicks() {
        let t = AxisTicks(from: 0.013, to: 0.87)
        #expect(t.low == 0 && t.step == 0.2 && t.values.count == 6 && t.label(0.4) == "0.4" && t.label(1.0) == "1.0")
        let w = AxisTicks(from: 1, to: 200)
        #expect(w.step == 50 && w.low == 0 && w.high == 200 && w.label(150) == "150")
        let flat = AxisTicks(from: 3, to: 3)
        #expect(flat.low < 3 && flat.high > 3)
        #expect(AxisTicks(from: -0.05, to: 0.05).label(-0.04) == "-0.04")
    }

    @Test func escaping() {
        #expect(Markup.escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;")
    }

    /// A chart has its title, axis labels with units, one polyline and legend entry per series,
    /// a band where given, and nothing that loads from elsewhere.
    @Test func lineChartStructure() {
        let chart = LineChart(
            title: "Arms <burden>", xLabel: "tick", yLabel: "share of wealth (0–1)",
            series: [.init(name: "mean", values: [0.1, 0.2, 0.15], band: (low: [0.05, 0.1, 0.1], high: [0.15, 0.3, 0.2])), .init(name: "max", values: [0.2, 0.4, .nan])])
        let svg = chart.svg
        #expect(svg.hasPrefix("<svg ") && svg.hasSuffix("</svg>\n"))
        #expect(svg.contains("<title>Arms &lt;burden&gt;</title>") && svg.contains(">tick</text>") && svg.contains(">share of wealth (0–1)</text>"))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 2 && svg.components(separatedBy: "class=\"band\"").count - 1 == 1)
        #expect(svg.components(separatedBy: "class=\"legend\"").count - 1 == 2 && svg.contains("stroke=\"#0072B2\"") && svg.contains("stroke=\"#D55E00\""))
        #expect(!svg.contains("href") && !svg.contains("<script"))
    }

    @Test func reportDocument() {
        var report = HTMLReport(title: "Run <1>")
        report.heading("Series")
        report.table(["a", "b"], [["1", "<2>"]], caption: "T")
        report.preformatted("{\"x\": 1}", summary: "inputs")
        let html = report.html
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<title>Run &lt;1&gt;</title>") && html.contains("<td>&lt;2&gt;</td>"))
        #expect(html.contains("<pre>{&quot;x&quot;: 1}</pre>") && !html.contains("http") && !html.contains("<script"))
    }
}

@Suite(.timeLimit(.minutes(10)))
struct ExperimentChartTests {
    @Test func intervalChartStructure() {
        let chart = IntervalChart(title: "Mean wars", yLabel: "wars (mean, 95% interval)", estimates: [
            .init(label: "beta=0.5, delta=0.1", mean: 10, low: 8, high: 12), .init(label: "beta=2.5, delta=0.1", mean: 2, low: 1, high: .nan),
        ])
        let svg = chart.svg
        #expect(svg.components(separatedBy: "class=\"estimate\"").count - 1 == 2 && svg.components(separatedBy: "class=\"interval\"").count - 1 == 1)
        #expect(svg.contains(">beta=0.5</tspan>") && svg.contains(">delta=0.1</tspan>") && svg.contains(">wars (mean, 95% interval)</text>"))
        // Too many points for names: numbered, and the note says so.
        let many = IntervalChart(title: "t", yLabel: "y", estimates: (0..<40).map { .init(label: "p\($0)", mean: Double($0), low: 0, high: 40) }).svg
        #expect(many.contains(">39</tspan>") && many.contains("points numbered as in the table"))
    }

    @Test func heatMapStructure() {
        let map = HeatMap(title: "Phase", xLabel: "β", yLabel: "δ", valueLabel: "mean wars", xValues: [0.5, 2.5], yValues: [0.1, 0.9, 0.5], values: [[1, 2], [3, .nan], [5, 6]])
        let svg = map.svg
        #expect(svg.components(separatedBy: "class=\"cell\"").count - 1 == 6 && svg.components(separatedBy: "class=\"key\"").count - 1 == 10)
        #expect(svg.contains("fill=\"#cccccc\"") && svg.contains(">0.5</text>") && svg.contains(">0.9</text>") && svg.contains(">mean wars</text>"))
        #expect(HeatMap.colour(0) == "#00204d" && HeatMap.colour(1) == "#ffea46" && HeatMap.colour(0.5) == "#7c7b78")
    }
}
