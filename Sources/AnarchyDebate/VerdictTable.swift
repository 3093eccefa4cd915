import AnarchyCore

/// The verdict table as rows (for the terminal, CSV-like tools and the HTML report): one row per
/// test, with its claim, the comparison, the base level's effect and 95% interval, what was
/// expected, the verdict and where it holds.
public enum VerdictTable {
    public static let header = ["claim", "test", "setup", "metric", "effect [95% CI]", "expected", "verdict", "where it holds"]

    public static func rows(_ results: DebateResults) -> [[String]] {
        results.claims.flatMap { claim in
            claim.tests.map { test in
                let e = test.headline.effect
                return [
                    "\(claim.number). \(claim.title) (\(claim.school))", test.name,
                    test.control.map { "\($0) → \(test.treatment)" } ?? test.treatment,
                    test.metric, "\(fixed(e.effect)) [\(fixed(e.low)), \(fixed(e.high))] (n = \(e.n))",
                    Expectation(Expectation.Kind(rawValue: test.expect) ?? .same, margin: test.margin).phrase,
                    test.verdict.rawValue, test.boundaries.joined(separator: "; "),
                ]
            }
        }
    }

    /// The anchors as lines for the terminal: each one's name, PASS or FAIL, and what it found.
    public static func anchorsText(_ results: DebateResults) -> String {
        guard !results.anchors.isEmpty else { return "" }
        var out = "Sanity anchors (canonical results the model must reproduce)\(results.anchorsPassed ? "" : " — ANCHORS FAILING: read the verdicts with care"):\n"
        for a in results.anchors { out += "  \(a.passed ? "pass" : "FAIL")  \(a.name) (\(a.source)): \(a.found)\n" }
        return out + "\n"
    }

    /// Plain text for the terminal: the anchors, then per claim its verdict, then each test's line.
    public static func text(_ results: DebateResults) -> String {
        var out = anchorsText(results)
        for claim in results.claims {
            let share = claim.robustness.isNaN ? "" : " (every test holds at \(Int((claim.robustness * 100).rounded()))% of the sampled space)"
            out += "Claim \(claim.number) (\(claim.school)): \(claim.title) — \(claim.verdict.rawValue.uppercased())\(share)\n"
            if let line = claim.variantsSentence { out += "  model variants: \(line)\n" }
            for test in claim.tests {
                let e = test.headline.effect
                let versus = test.control.map { "\(test.treatment) vs \($0)" } ?? test.treatment
                out += "  \(test.name): \(test.verdict.rawValue)\n"
                let missing = test.headline.missing > 0 ? " (\(test.headline.missing) runs without a value)" : ""
                out += "    \(test.metric), \(versus): effect \(fixed(e.effect)) [\(fixed(e.low)), \(fixed(e.high))], n = \(e.n)\(missing);"
                out += " expected \(Expectation(Expectation.Kind(rawValue: test.expect) ?? .same, margin: test.margin).phrase)\n"
                for line in test.boundaries { out += "    \(line)\n" }
                if let robustness = test.robustness { out += "    robustness: \(robustness.sentence)\n" }
                if let placebo = test.placebo {
                    let p = placebo.effect.effect
                    let share = placebo.share(of: test.headline)
                    out += "    placebo — \(placebo.label): effect \(fixed(p.effect)) [\(fixed(p.low)), \(fixed(p.high))]\(share.isEmpty ? "" : " (\(share))") — "
                        + (placebo.showsEffect ? "SHOWS THE EFFECT: this test measures construction, not the claim\n" : "no effect without the channel (\(placebo.effect.outcome.rawValue))\n")
                }
            }
        }
        let counts = Verdict.allCases.map { v in "\(results.claims.filter { $0.verdict == v }.count) \(v.rawValue)" }
        let claimWord = results.claims.count == 1 ? "claim" : "claims"
        out += "\(results.claims.count) \(claimWord): \(counts.joined(separator: ", "))\(results.quick ? " (quick run: few replications, wide intervals)" : "")"
            + (results.anchorsPassed ? "" : "; ANCHORS FAILING") + "\n"
        return out
    }

    public static func fixed(_ x: Double) -> String {
        guard x.isFinite else { return "–" }
        let r = (x * 10_000).rounded() / 10_000
        return PlainNumber.text(r == 0 ? 0 : r)
    }
}
