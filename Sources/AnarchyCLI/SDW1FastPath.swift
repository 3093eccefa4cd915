import AnarchyWorld

/// A start-up fast path for the commonest invocation, `anarchy sdw1 --flag value …`.
///
/// ArgumentParser builds its command tree by reflection, which costs 1–2 ms per process: a few
/// percent of a short benchmark run (docs/PERFORMANCE.md). When every argument is a known
/// `--flag value` pair of `sdw1` (or `--json`), each given at most once, this reads them
/// directly and hands them to the very same validation and execution as ``SDW1Command``.
/// Anything else — help, `--flag=value`, unknown or repeated flags, a missing value — returns
/// nil and goes through ArgumentParser, so both paths accept and reject exactly the same input.
struct SDW1FastPath {
    private var given: [SDW1Parameters.Field: String] = [:]
    private var threads: String?
    private var series: String?
    private var json = false

    private static let fields: [String: SDW1Parameters.Field] = Dictionary(
        uniqueKeysWithValues: SDW1Parameters.Field.allCases.map { (FlagText.name($0), $0) })

    init?(_ arguments: [String]) {
        guard arguments.first == "sdw1" else { return nil }
        var seen = Set<String>()
        var index = 1
        while index < arguments.count {
            let flag = arguments[index]
            guard seen.insert(flag).inserted else { return nil }
            if flag == "--json" {
                json = true
                index += 1
                continue
            }
            guard index + 1 < arguments.count else { return nil }
            let value = arguments[index + 1]
            if let field = Self.fields[flag] {
                given[field] = value
            } else if flag == "--threads" {
                threads = value
            } else if flag == "--series" {
                // ArgumentParser would read a value starting with "-" as a flag: let it decide.
                guard !value.hasPrefix("-") else { return nil }
                series = value
            } else {
                return nil
            }
            index += 2
        }
    }

    func run() throws {
        try SDW1Command.run(
            given: SDW1Parameters.Field.allCases.map { ($0, given[$0]) },
            threads: threads, series: series, json: json)
    }
}
