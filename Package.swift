// swift-tools-version:6.0
// Anarchy — a laboratory for the security dilemma. Layers: see ../shared/ARCHITECTURE.md and docs/ARCHITECTURE.md.
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
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
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    ],
    targets: [
        // Seeded random streams, digests, strict numeric helpers, number grammar. No I/O.
        .target(name: "AnarchyCore", swiftSettings: strict),
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
        .target(name: "AnarchyData", dependencies: ["AnarchyCore", "AnarchyWorld", "AnarchyScenarioFiles"], swiftSettings: strict),
        // Reports: self-contained HTML with inline SVG charts (no scripts, no network).
        .target(name: "AnarchyReports", dependencies: ["AnarchyCore"], swiftSettings: strict),
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
                "AnarchyCore", "AnarchyWorld", "AnarchyScenarioFiles", "AnarchyExperiments", "AnarchyStore", "AnarchyDebate",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict, plugins: ["EmbedFiles"]),
        // Compiles files kept as files (the API's OpenAPI description) into a target at build time.
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
                "AnarchyExperiments", "AnarchyStore", "AnarchyData", "AnarchyReports", "AnarchyDebate", "AnarchyServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict),
        // Linked as a fully static executable on Linux: start-up falls from ~9 ms (dynamic Swift
        // runtime and Foundation) to ~1.3 ms (C: ~1.0 ms), which matters for short runs and
        // anything timed per process. glibc's static libm selects the same `log`/`cos`/`exp`
        // code paths (IFUNC) as the shared one: the C-port cross-check test guards the digests.
        .executableTarget(
            name: "anarchy", dependencies: ["AnarchyCLI"], swiftSettings: strict,
            linkerSettings: [
                .unsafeFlags(["-static-executable"], .when(platforms: [.linux])),
                // FoundationEssentials (pulled in by ArgumentParser) needs these named when static.
                .linkedLibrary("_FoundationCShims", .when(platforms: [.linux])),
                .linkedLibrary("_FoundationCollections", .when(platforms: [.linux])),
                // Foundation proper (pulled in by Yams) needs CoreFoundation, ICU and C++ named too.
                .linkedLibrary("CoreFoundation", .when(platforms: [.linux])),
                .linkedLibrary("_FoundationICU", .when(platforms: [.linux])),
                .linkedLibrary("swiftSynchronization", .when(platforms: [.linux])),
                .linkedLibrary("stdc++", .when(platforms: [.linux])),
                // GRDB's SQLite, from the system's libsqlite3 (static archive from libsqlite3-dev).
                .linkedLibrary("sqlite3", .when(platforms: [.linux])),
            ]),
        // What several test targets share (seeded input mutators for fuzzing); never shipped.
        .target(name: "AnarchyTestSupport", dependencies: ["AnarchyCore"], path: "Tests/AnarchyTestSupport", swiftSettings: strict),
        .testTarget(name: "AnarchyCoreTests", dependencies: ["AnarchyCore"], swiftSettings: strict),
        .testTarget(name: "AnarchyWorldTests", dependencies: ["AnarchyWorld"], swiftSettings: strict),
        .testTarget(
            name: "AnarchyGamesTests", dependencies: ["AnarchyGames", "AnarchyCore"], resources: [.copy("Fixtures")],
            swiftSettings: strict),
        .testTarget(
            name: "AnarchyModelsTests", dependencies: ["AnarchyTestSupport", "AnarchyModels"], resources: [.copy("Fixtures")],
            swiftSettings: strict),
        .testTarget(
            name: "AnarchyScenarioFilesTests", dependencies: ["AnarchyTestSupport", "AnarchyScenarioFiles", "AnarchyWorld", "AnarchyModels"], swiftSettings: strict),
        .testTarget(
            name: "AnarchyExperimentsTests", dependencies: ["AnarchyTestSupport", "AnarchyExperiments", "AnarchyStore", "AnarchyWorld"], swiftSettings: strict),
        .testTarget(
            name: "AnarchyDataTests", dependencies: ["AnarchyTestSupport", "AnarchyData", "AnarchyWorld", "AnarchyScenarioFiles", "AnarchyCore"], resources: [.copy("Fixtures")],
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
        .testTarget(
            name: "AnarchyCLITests", dependencies: ["AnarchyTestSupport", "AnarchyCLI"], swiftSettings: strict),
    ]
)
