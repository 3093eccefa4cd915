import Foundation
import PackagePlugin

/// Build-tool plugin: compiles text files kept elsewhere in the package (so they stay readable,
/// diffable and checkable on their own) into the target as Swift string constants, so the static
/// `anarchy` binary carries them and reads no file at run time; and, for AnarchyCore, the git
/// commit the build comes from (read from `.git` without running git; rebuilt when HEAD moves).
@main
struct EmbedFiles: BuildToolPlugin {
    /// Per target: the constant's name and the file, relative to the package's root.
    static let files: [String: [(name: String, path: String)]] = [
        "AnarchyServer": [
            ("openAPIDocument", "docs/api.yaml"),
            ("page", "Sources/AnarchyServer/Page/index.html"),
            ("pageScript", "Sources/AnarchyServer/Page/app.js"),
            ("pageStyles", "Sources/AnarchyServer/Page/app.css"),
        ],
        "AnarchyCore": [],
    ]
    /// Targets that carry `EmbeddedFiles.gitCommit`.
    static let gitCommitTargets: Set<String> = ["AnarchyCore"]

    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        guard let files = Self.files[target.name] else { return [] }
        let root = context.package.directoryURL
        var inputs = files.map { root.appending(path: $0.path) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        var arguments = [output.path]
        if Self.gitCommitTargets.contains(target.name) {
            let git = Self.gitDirectory(root)
            arguments += ["--git", git?.path ?? "-"]
            if let git { inputs += Self.headFiles(git) }
        }
        for (file, input) in zip(files, inputs) { arguments += [file.name, file.path, input.path] }
        return [
            .buildCommand(
                displayName: "Embedding \(files.isEmpty ? "the git commit" : files.map(\.path).joined(separator: ", ")) in \(target.name)",
                executable: try context.tool(named: "embed-files").url, arguments: arguments, inputFiles: inputs, outputFiles: [output]),
        ]
    }

    /// The checkout's git directory: `.git`, or where a `.git` file (a worktree) points.
    static func gitDirectory(_ root: URL) -> URL? {
        let dotGit = root.appending(path: ".git")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dotGit.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue { return dotGit }
        guard let text = try? String(contentsOf: dotGit, encoding: .utf8), text.hasPrefix("gitdir: ") else { return nil }
        let path = text.dropFirst("gitdir: ".count).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appending(path: path)
    }

    /// The files whose change means HEAD names another commit: HEAD, the branch it points to, packed-refs.
    static func headFiles(_ git: URL) -> [URL] {
        var files = [git.appending(path: "HEAD")]
        if let head = try? String(contentsOf: files[0], encoding: .utf8), head.hasPrefix("ref: ") {
            files.append(git.appending(path: head.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        files.append(git.appending(path: "packed-refs"))
        return files.filter { FileManager.default.fileExists(atPath: $0.path) }
    }
}
