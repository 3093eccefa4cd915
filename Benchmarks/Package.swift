// swift-tools-version:6.0
// Benchmarks for Anarchy, kept out of the main package so its build and tests stay lean.
// Run from the repository root:  swift run -c release --package-path Benchmarks anarchy-bench
import PackageDescription

let package = Package(
    name: "AnarchyBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Anarchy", path: "..")],
    targets: [
        .executableTarget(
            name: "anarchy-bench",
            dependencies: [
                .product(name: "AnarchyWorld", package: "Anarchy"),
                .product(name: "AnarchyGames", package: "Anarchy"),
                .product(name: "AnarchyCore", package: "Anarchy"),
            ],
            path: "Sources/anarchy-bench"),
    ]
)
