import AnarchyRecords
import AnarchyCore
import AnarchyExperiments
import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `anarchy slurm EXPERIMENT --shards N`: a Slurm job array that runs the shards and a
/// dependent job that merges them (docs/CLUSTER.md).
struct SlurmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slurm",
        abstract: "Write Slurm batch scripts: a job array running an experiment's shards, and a merge job after it.",
        discussion: """
            Writes DIR/experiment.json (the experiment, self-contained), DIR/sweep.sbatch (an \
            array of N tasks, task I running 'anarchy sweep … --shard I/N --resume' into \
            DIR/shard-I.sqlite), DIR/merge.sbatch ('anarchy merge' into DIR/STORE) and \
            DIR/submit.sh, which submits the array and the merge with --dependency=afterok. \
            Run 'bash DIR/submit.sh' on the cluster's login node.
            """)

    @Argument(help: ArgumentHelp("A built-in experiment's name or an experiment file.", valueName: "experiment"))
    var experiment: String

    @Option(name: .customLong("shards"), help: ArgumentHelp("How many array tasks (shards).", valueName: "n"))
    var shards: String

    @Option(name: .customLong("dir"), help: ArgumentHelp("Where to write the scripts and, later, the stores (default: slurm-NAME).", valueName: "dir"))
    var dir: String?

    @Option(name: .customLong("store"), help: ArgumentHelp("The merged store's file name inside DIR.", valueName: "file"))
    var store: String = "results.sqlite"

    @Option(name: .customLong("partition"), help: ArgumentHelp("Slurm partition (sbatch --partition).", valueName: "name"))
    var partition: String?

    @Option(name: .customLong("time"), help: ArgumentHelp("Time limit per task (sbatch --time, e.g. 01:00:00).", valueName: "limit"))
    var time: String?

    @Option(name: .customLong("cpus"), help: ArgumentHelp("CPUs per task (sbatch --cpus-per-task; the sweep's --threads).", valueName: "n"))
    var cpus: String = "1"

    @Option(name: .customLong("anarchy"), help: ArgumentHelp("The anarchy executable the jobs run (default: this one).", valueName: "path"))
    var anarchy: String?

    func run() throws {
        let experiment = try ExperimentSource.experiment(self.experiment)
        let n = try FlagValue.whole(shards, flag: "--shards", default: 1, range: 1...100_000)
        let cpuCount = try FlagValue.whole(cpus, flag: "--cpus", default: 1, range: 1...1024)
        for (flag, value) in [("--partition", partition), ("--time", time), ("--store", store)] {
            if let value, value.isEmpty || value.contains(where: { $0.isWhitespace || $0 == "'" || $0 == "\"" || $0 == "$" || $0 == "`" }) {
                throw UsageError("\(flag) \(value): must be one word without quotes or $")
            }
        }
        let directory = Self.absolute(dir ?? "slurm-\(experiment.name)")
        let executable = Self.absolute(anarchy ?? Self.currentExecutable())
        try OutputDirectory.create(directory + "/logs", flag: "--dir")
        let q = Self.quote
        var header = "#!/bin/bash\n#SBATCH --job-name=anarchy-\(experiment.name.filter { $0.isLetter || $0.isNumber || $0 == "-" })\n"
        if let partition { header += "#SBATCH --partition=\(partition)\n" }
        if let time { header += "#SBATCH --time=\(time)\n" }
        let sweep = header + """
            #SBATCH --array=0-\(n - 1)
            #SBATCH --cpus-per-task=\(cpuCount)
            #SBATCH --output=\(directory)/logs/shard-%a.out
            # One shard of the sweep; --resume makes a requeued task finish its shard, not redo it.
            set -euo pipefail
            exec \(q(executable)) sweep \(q(directory + "/experiment.json")) --shard "${SLURM_ARRAY_TASK_ID}/\(n)" \\
              --store \(q(directory))/shard-"${SLURM_ARRAY_TASK_ID}".sqlite --threads \(cpuCount) --resume --quiet

            """
        let merge = header + """
            #SBATCH --output=\(directory)/logs/merge.out
            # Runs after every shard succeeded (submit.sh: --dependency=afterok).
            set -euo pipefail
            shards=()
            for i in $(seq 0 \(n - 1)); do shards+=(\(q(directory))/shard-"$i".sqlite); done
            exec \(q(executable)) merge "${shards[@]}" --into \(q(directory + "/" + store))

            """
        let submit = """
            #!/bin/bash
            # Submits the sweep's job array, then the merge once every array task has succeeded.
            set -euo pipefail
            sweep=$(sbatch --parsable \(q(directory + "/sweep.sbatch")))
            merge=$(sbatch --parsable --dependency=afterok:"${sweep%%;*}" \(q(directory + "/merge.sbatch")))
            echo "sweep job ${sweep%%;*} (\(n) tasks), merge job ${merge%%;*}: results in \(directory)/\(store)"

            """
        try TextFile.write(ExperimentEncoder.json(experiment).text + "\n", to: directory + "/experiment.json", flag: "--dir")
        try TextFile.write(sweep, to: directory + "/sweep.sbatch", flag: "--dir")
        try TextFile.write(merge, to: directory + "/merge.sbatch", flag: "--dir")
        try TextFile.write(submit, to: directory + "/submit.sh", flag: "--dir")
        Console.out("wrote \(directory)/{experiment.json,sweep.sbatch,merge.sbatch,submit.sh}: run 'bash \(directory)/submit.sh' on the cluster\n")
    }

    /// A shell word in single quotes.
    static func quote(_ text: String) -> String { "'" + text.replacingAll("'", with: "'\\''") + "'" }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        return Self.text(buffer) + "/" + path
    }

    static func currentExecutable() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        return length > 0 ? Self.text(buffer) : CommandLine.arguments[0]
    }

    /// A NUL-terminated C buffer as text.
    static func text(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
