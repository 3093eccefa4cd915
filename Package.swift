// swift-tools-version:6.0
// Anarchy — a laboratory for the security dilemma. Layers: see ../shared/ARCHITECTURE.md and docs/ARCHITECTURE.md.
import Foundation
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

/// Whether `anarchy` is linked as a fully static executable (Linux only): start-up falls from
/// ~9 ms (dynamic Swift runtime and Foundation) to ~1.3 ms (C: ~1.0 ms), which matters for short
/// runs and anything timed per process, and the binary runs on any Linux of its architecture.
/// glibc's static libm selects the same `log`/`cos`/`exp` code paths (IFUNC) as the shared one:
/// the C-port cross-check test guards the digests. It needs SQLite's static archive
/// (`libsqlite3.a`, Debian's libsqlite3-dev); where that is missing — or ANARCHY_DYNAMIC=1 asks —
/// the binary is linked dynamically instead, against the system's libsqlite3 (README, "Platforms").
let staticLinking: Bool = {
    #if os(Linux)
    if ProcessInfo.processInfo.environment["ANARCHY_DYNAMIC"] == "1" { return false }
    let libraryDirectories = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib"]
    return libraryDirectories.contains { FileManager.default.fileExists(atPath: $0 + "/libsqlite3.a") }
    #else
    return false
    #endif
}()

let staticExecutable: [LinkerSetting] = [
    .unsafeFlags(["-static-executable"], .when(platforms: [.linux])),
    // FoundationEssentials (pulled in by ArgumentParser) needs these named when static.
    .linkedLibrary("_FoundationCShims", .when(platforms: [.linux])),
    .linkedLibrary("_FoundationCollections", .when(platforms: [.linux])),
    // Foundation proper (pulled in by Yams) needs CoreFoundation, ICU and C++ named too.
    .linkedLibrary("CoreFoundation", .when(platforms: [.linux])),
    .linkedLibrary("_FoundationICU", .when(platforms: [.linux])),
    .linkedLibrary("swiftSynchronization", .when(platforms: [.linux])),
    .linkedLibrary("stdc++", .when(platforms: [.linux])),
    // GRDB's SQLite, from the system's static archive.
    .linkedLibrary("sqlite3", .when(platforms: [.linux])),
]

let package = Package(
    name: "Anarchy",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "AnarchyCore", targets: ["AnarchyCore"]),
        .library(name: "AnarchyWorld", targets: ["AnarchyWorld"]),
        .library(name: "AnarchyGames", targets: ["AnarchyGames"]),
        .library(name: "AnarchyModels", targets: ["AnarchyModels"]),
        .executable(name: "anarchy", targets: ["anarchy"]),
    ],
    // Exact versions, so that every build resolves the same code (Package.resolved stays out of
    // git: these machines resolve packages from a mirror). Each is the version the project was
    // built and tested with; bump deliberately, run the whole suite, and say why here.
    dependencies: [
        // The command line. 1.8.2: the mirrored release (with its manual and completion generators).
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // Scenario, experiment and claim files. 6.2.2: the mirrored 6.x release the readers were
        // written and fuzzed against (the mirror's 5.0.1 is untested here).
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        // The results store on SQLite. 7.10.0: the mirrored 7.x release (DatabasePool: WAL and the
        // busy timeout the two-writers test relies on).
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        // The web app. 2.28.1: the mirrored 2.x release the app, its router tests and its
        // Server-Sent Events were written against.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        // The API documentation (DocC catalogues of the library targets; `swift package
        // generate-documentation`). 1.5.0: the mirrored release; it adds no code to any target.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", exact: "1.5.0"),
    ],
    targets: [
        // Seeded random streams, digests, strict numeric helpers, number grammar, JSON and CSV
        // written and read, the two kinds of error a user meets (usage, failure). No I/O.
        .target(name: "AnarchyCore", swiftSettings: strict, plugins: ["EmbedFiles"]),
        // The world engine; with every extension off it is SDW-1, bit for bit.
        // Mechanisms resting on a formal model call its solver in AnarchyModels (catalogue §13).
        .target(name: "AnarchyWorld", dependencies: ["AnarchyCore", "AnarchyModels"], swiftSettings: strict),
        // Iterated 2×2 games: strategies with metadata, tournaments (shared/specs/tournament.md).
        .target(name: "AnarchyGames", dependencies: ["AnarchyCore"], swiftSettings: strict),
        // The formal-models catalogue (shared/specs/formal-models.md) as exact, pure solvers.
        .target(name: "AnarchyModels", dependencies: ["AnarchyCore", "AnarchyGames"], swiftSettings: strict),
        // Scenario files (YAML and JSON) to and from World's Scenario values: the edge where text
        // becomes a world, with errors that name the field, the line and the column.
        .target(
            name: "AnarchyScenarioFiles",
            dependencies: ["AnarchyCore", "AnarchyWorld", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        // Historical data: Correlates of War (and ATOP, MID) files in, checked; scenarios from history.
        .target(name: "AnarchyData", dependencies: ["AnarchyCore", "AnarchyWorld", "AnarchyScenarioFiles", "AnarchyExperiments"], swiftSettings: strict),
        // Reports: self-contained HTML with inline SVG charts (no scripts, no network).
        // Run records: a run written to files (CSV, run.json) and read back, its events explained,
        // its summary; the file output every command shares. Imported by the CLI and the reports.
        .target(name: "AnarchyRecords", dependencies: ["AnarchyCore", "AnarchyWorld", "AnarchyScenarioFiles"], swiftSettings: strict),
        // The report builders (experiments, the debate) are here too, for the CLI and the web app.
        .target(
            name: "AnarchyReports",
            dependencies: [
                "AnarchyCore", "AnarchyWorld", "AnarchyScenarioFiles", "AnarchyExperiments", "AnarchyStore", "AnarchyDebate", "AnarchyRecords",
                "AnarchyData",
            ],
            swiftSettings: strict),
        // Experiments: designs over a base scenario, run seeds, parallel replications, statistics.
        .target(
            name: "AnarchyExperiments",
            dependencies: ["AnarchyCore", "AnarchyWorld", "AnarchyScenarioFiles", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        // The results store: SQLite through GRDB, migrations, crash-safe batches, merge.
        // The debate: each school's claims as declarative experiments with measured verdicts.
        .target(
            name: "AnarchyDebate",
            dependencies: [
                "AnarchyCore", "AnarchyWorld", "AnarchyScenarioFiles", "AnarchyExperiments", "AnarchyGames", "AnarchyModels",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict),
        // The local web app (`anarchy serve`): a JSON API, live runs over Server-Sent Events, the page.
        .target(
            name: "AnarchyServer",
            dependencies: [
                "AnarchyCore", "AnarchyWorld", "AnarchyScenarioFiles", "AnarchyExperiments", "AnarchyStore", "AnarchyDebate", "AnarchyReports", "AnarchyRecords",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            // The page's HTML, script and styles are files of their own, compiled in by EmbedFiles.
            exclude: ["Page"],
            swiftSettings: strict, plugins: ["EmbedFiles"]),
        // Compiles files kept as files (the API's OpenAPI description, the web page) into a target at build time.
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["embed-files"]),
        .executableTarget(name: "embed-files", path: "Plugins/EmbedFilesTool"),
        .target(
            name: "AnarchyStore",
            dependencies: ["AnarchyCore", "AnarchyExperiments", "AnarchyScenarioFiles", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        // The command-line layer: argument parsing, validation messages, printing. No model logic.
        .target(
            name: "AnarchyCLI",
            dependencies: [
                "AnarchyCore", "AnarchyWorld", "AnarchyGames", "AnarchyModels", "AnarchyScenarioFiles",
                "AnarchyExperiments", "AnarchyStore", "AnarchyData", "AnarchyReports", "AnarchyRecords", "AnarchyDebate", "AnarchyServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict),
        // Linked as a fully static executable on Linux when the static SQLite archive is there
        // (see `staticLinking` above); otherwise, or with ANARCHY_DYNAMIC=1, dynamically.
        .executableTarget(name: "anarchy", dependencies: ["AnarchyCLI"], swiftSettings: strict, linkerSettings: staticLinking ? staticExecutable : []),
        // What several test targets share (seeded input mutators for fuzzing); never shipped.
        .target(
            name: "AnarchyTestSupport", dependencies: ["AnarchyCore", "AnarchyWorld", "AnarchyScenarioFiles"], path: "Tests/AnarchyTestSupport",
            swiftSettings: strict),
        .testTarget(name: "AnarchyCoreTests", dependencies: ["AnarchyCore"], swiftSettings: strict),
        .testTarget(name: "AnarchyWorldTests", dependencies: ["AnarchyTestSupport", "AnarchyWorld"], swiftSettings: strict),
        .testTarget(
            name: "AnarchyGamesTests", dependencies: ["AnarchyGames", "AnarchyCore"], resources: [.copy("Fixtures")],
            swiftSettings: strict),
        .testTarget(
            name: "AnarchyModelsTests", dependencies: ["AnarchyTestSupport", "AnarchyModels"], resources: [.copy("Fixtures")],
            swiftSettings: strict),
        .testTarget(
            name: "AnarchyScenarioFilesTests", dependencies: ["AnarchyTestSupport", "AnarchyScenarioFiles", "AnarchyWorld", "AnarchyModels"], swiftSettings: strict),
        // Each mechanism's effect and its placebo, in worlds read from scenario files.
        .testTarget(
            name: "AnarchyMechanismTests", dependencies: ["AnarchyTestSupport", "AnarchyScenarioFiles", "AnarchyWorld", "AnarchyModels"], swiftSettings: strict),
        .testTarget(
            name: "AnarchyExperimentsTests", dependencies: ["AnarchyTestSupport", "AnarchyExperiments", "AnarchyStore", "AnarchyWorld", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: strict),
        .testTarget(
            name: "AnarchyDataTests", dependencies: ["AnarchyTestSupport", "AnarchyData", "AnarchyWorld", "AnarchyScenarioFiles", "AnarchyCore", "AnarchyExperiments"], resources: [.copy("Fixtures")],
            swiftSettings: strict),
        .testTarget(
            name: "AnarchyDebateTests",
            dependencies: ["AnarchyTestSupport", "AnarchyDebate", "AnarchyExperiments", "AnarchyScenarioFiles", "AnarchyWorld", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        .testTarget(
            name: "AnarchyServerTests",
            dependencies: [
                "AnarchyTestSupport", "AnarchyServer", "AnarchyDebate", "AnarchyWorld", "AnarchyScenarioFiles", "AnarchyCore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict),
        .testTarget(name: "AnarchyReportsTests", dependencies: ["AnarchyReports"], swiftSettings: strict),
        .testTarget(name: "AnarchyRecordsTests", dependencies: ["AnarchyRecords", "AnarchyScenarioFiles", "AnarchyWorld", "AnarchyCore"], swiftSettings: strict),
        .testTarget(
            name: "AnarchyCLITests", dependencies: ["AnarchyTestSupport", "AnarchyCLI"], swiftSettings: strict),
    ]
)
