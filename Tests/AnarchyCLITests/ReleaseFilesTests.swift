import AnarchyCore
import AnarchyTestSupport
import Foundation
import Testing

/// The files that say what this release is and how to credit it: one version everywhere, a
/// valid CITATION.cff, a licence; and `ANARCHY_REQUIRE` naming only requirements the tests know.
@Suite(.timeLimit(.minutes(10)))
struct ReleaseFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ name: String) throws -> String { try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8) }

    @Test func oneVersionEverywhere() throws {
        let version = AnarchyVersion.string
        #expect(try Self.text("CITATION.cff").contains("\nversion: \(version)\n"), "CITATION.cff's version is not \(version)")
        let changelog = try Self.text("CHANGELOG.md")
        // The newest released entry (after an "Unreleased" one, if any: Keep a Changelog's convention).
        let entries = changelog.components(separatedBy: "\n## ").dropFirst().drop { $0.hasPrefix("Unreleased\n") }
        #expect(entries.first?.hasPrefix("\(version) ") == true, "CHANGELOG.md's newest entry is not \(version)")
        #expect(try Self.text("docs/api.yaml").contains("\n  version: \(version)\n"), "docs/api.yaml's info.version is not \(version)")
        #expect(try Self.text("python/src/anarchy/_version.py").contains("\n__version__ = \"\(version)\"\n"), "python/src/anarchy/_version.py is not \(version)")
        #expect(try Self.text("r/DESCRIPTION").contains("\nVersion: \(version)\n"), "r/DESCRIPTION's Version is not \(version)")
        #expect(try Self.text("LICENSE").contains("Apache License\n                           Version 2.0, January 2004"))
        let result = try AnarchyProcess.run(["--version"])
        #expect(result.status == 0 && result.stdout.hasPrefix(version + " ("), "\(result.stdout)")
    }

    /// cffconvert on PATH, or in the virtual environment scripts/setup.sh makes for it.
    static let cffconvert: String? = {
        let cache = ProcessInfo.processInfo.environment["XDG_CACHE_HOME"] ?? (FileManager.default.homeDirectoryForCurrentUser.path + "/.cache")
        return ["cffconvert", cache + "/anarchy-tools/cffconvert/bin/cffconvert"].first { (try? Shell.run("command -v '\($0)'"))?.status == 0 }
    }()

    @Test("CITATION.cff is valid Citation File Format", .enabled(if: Requirement.cffconvert.runs(available: cffconvert != nil), "needs cffconvert (scripts/setup.sh installs it from PyPI)"))
    func citationIsValid() throws {
        let tool = try #require(Self.cffconvert, "ANARCHY_REQUIRE names cffconvert, but it is not installed (scripts/setup.sh installs it)")
        let result = try Shell.run("cd '\(Self.root.path)' && '\(tool)' --validate -i CITATION.cff 2>&1")
        #expect(result.status == 0, "\(result.output)")
    }

    /// The completion scripts a release ships (`anarchy --generate-completion-script SHELL`) offer
    /// every subcommand and sdw1's flags.
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionsOfferTheSubcommandsAndFlags(_ shell: String) throws {
        let result = try AnarchyProcess.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for word in ["run", "debate", "serve", "sdw1", "sweep", "tournament", "validate", "attack-ratio", "threads", "beta"] {
            #expect(result.stdout.contains(word), "the \(shell) completions do not offer \(word)")
        }
    }

    @Test func anarchyRequireNamesOnlyKnownRequirements() {
        #expect(Requirement.unknown.isEmpty, "ANARCHY_REQUIRE names \(Requirement.unknown.sorted()); known: \(Requirement.allCases.map(\.rawValue).joined(separator: ", "))")
    }
}
