import AnarchyCLI

/// The `anarchy` executable: everything lives in AnarchyCLI; this only starts it.
@main
enum AnarchyMain {
    static func main() {
        CommandLineEntry.run()
    }
}
