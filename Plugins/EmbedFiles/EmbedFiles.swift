import Foundation
import PackagePlugin

/// Build-tool plugin: compiles text files kept elsewhere in the package (so they stay readable,
/// diffable and checkable on their own) into the target as Swift string constants, so the static
/// `anarchy` binary carries them and reads no file at run time. Each target lists what it embeds.
@main
struct EmbedFiles: BuildToolPlugin {
    /// Per target: the constant's name and the file, relative to the package's root.
    static let files: [String: [(name: String, path: String)]] = [
        "AnarchyServer": [("openAPIDocument", "docs/api.yaml")],
    ]

    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        guard let files = Self.files[target.name] else { return [] }
        let inputs = files.map { context.package.directoryURL.appending(path: $0.path) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        var arguments = [output.path]
        for (file, input) in zip(files, inputs) { arguments += [file.name, file.path, input.path] }
        return [
            .buildCommand(
                displayName: "Embedding \(files.map(\.path).joined(separator: ", ")) in \(target.name)",
                executable: try context.tool(named: "embed-files").url, arguments: arguments, inputFiles: inputs, outputFiles: [output]),
        ]
    }
}
