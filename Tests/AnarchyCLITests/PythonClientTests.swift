import AnarchyTestSupport
import Foundation
import Testing

/// The Python client as a user meets it (issue 22): its wheel built from this build's `anarchy`
/// (python/build_wheel.py), `pip install`ed into a fresh virtual environment in a temporary
/// folder, then one line of Python that returns a sweep's DataFrame, the client's pytest suite
/// (python/tests: the seed round trip among them), and the example notebook executed by nbclient.
/// pip installs from the wheelhouse scripts/setup.sh fills (`--no-index`: no network, no cache),
/// and Jupyter's and matplotlib's folders point into the temporary folder: nothing outside it
/// changes. The wheel carries the debug binary the test suite built (release wheels carry the
/// release binary; both are static where SQLite's static archive is installed).
@Suite("the Python client", .serialized, .timeLimit(.minutes(10)))
struct PythonClientTests {
    static let wheelhouse: String = {
        let cache = ProcessInfo.processInfo.environment["XDG_CACHE_HOME"] ?? (FileManager.default.homeDirectoryForCurrentUser.path + "/.cache")
        return cache + "/anarchy-tools/wheelhouse"
    }()

    static var available: Bool {
        let hasPandas = ((try? FileManager.default.contentsOfDirectory(atPath: wheelhouse)) ?? []).contains { $0.hasPrefix("pandas-") }
        return hasPandas && (try? Shell.run("python3 -c 'import venv, ensurepip'"))?.status == 0
    }

    /// A fresh virtual environment with the wheel and python/requirements-test.txt installed.
    struct Environment {
        let directory: URL
        var python: String { directory.appendingPathComponent("venv/bin/python").path }
        var variables: [String: String] {
            let d = directory.path
            return [
                "PATH": "\(d)/venv/bin:" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                "PIP_NO_CACHE_DIR": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONDONTWRITEBYTECODE": "1",
                "JUPYTER_RUNTIME_DIR": "\(d)/jupyter/runtime", "JUPYTER_DATA_DIR": "\(d)/jupyter/data",
                "JUPYTER_CONFIG_DIR": "\(d)/jupyter/config", "IPYTHONDIR": "\(d)/ipython", "MPLCONFIGDIR": "\(d)/matplotlib",
                "ANARCHY_BINARY": "",  // the wheel's own binary, whatever the caller's environment says
            ]
        }

        func run(_ command: String) throws -> (status: Int32, output: String) {
            try Shell.run("cd '\(directory.path)' && \(command)", environment: variables)
        }
    }

    static func makeEnvironment() throws -> Environment {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("anarchy-python-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let environment = Environment(directory: directory)
        let root = Repository.root.path
        let built = try environment.run("python3 '\(root)/python/build_wheel.py' --binary '\(AnarchyProcess.executable.path)' --out wheel")
        try #require(built.status == 0, "build_wheel.py failed: \(built.output)")
        let venv = try environment.run(
            "python3 -m venv venv && venv/bin/pip install -q --no-index --find-links '\(wheelhouse)' wheel/anarchy_lab-*.whl -r '\(root)/python/requirements-test.txt'")
        try #require(venv.status == 0, "pip install of the wheel failed: \(venv.output)")
        return environment
    }

    @Test(
        "pip install of the wheel, one line to a DataFrame, pytest, the notebook",
        .enabled(if: Requirement.pythonclient.runs(available: available), "needs python3 with venv and the wheelhouse scripts/setup.sh fills from PyPI"))
    func wheelInAFreshEnvironment() throws {
        let environment = try Self.makeEnvironment()
        defer { try? FileManager.default.removeItem(at: environment.directory) }
        let root = Repository.root.path

        // The wheel is a platform wheel carrying the binary, installed with its version.
        let wheels = try FileManager.default.contentsOfDirectory(atPath: environment.directory.appendingPathComponent("wheel").path)
        #expect(wheels.count == 1 && wheels[0].hasPrefix("anarchy_lab-") && wheels[0].contains("-py3-none-") && !wheels[0].hasSuffix("-any.whl"), "\(wheels)")
        let where_ = try environment.run("venv/bin/python -c 'import anarchy; print(anarchy.binary())'")
        #expect(where_.status == 0 && where_.output.contains("/venv/lib/") && where_.output.contains("/site-packages/anarchy/bin/anarchy"), "\(where_.output)")

        // One line: a sweep's results as a DataFrame.
        let line = try environment.run(
            #"venv/bin/python -c "import anarchy; d = anarchy.sweep('four-worlds', store='fw.sqlite', replications=2); print(type(d).__name__, d.shape, list(d.columns)[:8])""#)
        #expect(line.status == 0, "\(line.output)")
        #expect(line.output.contains("DataFrame (8, 13) ['experiment', 'point', 'replication', 'seed', 'digest', 'system.beta', 'system.delta', 'wars']"), "\(line.output)")

        // The client's own tests.
        let pytest = try environment.run("venv/bin/python -m pytest -q -p no:cacheprovider '\(root)/python/tests' 2>&1")
        #expect(pytest.status == 0, "\(pytest.output)")
        #expect(pytest.output.contains(" passed"), "\(pytest.output)")

        // The example notebook, executed; it must draw its figure and repeat its run.
        let notebook = try environment.run(
            #"ANARCHY_EXAMPLE_REPLICATIONS=3 venv/bin/python -c "import nbformat, nbclient; nb = nbformat.read('\#(root)/docs/notebooks/four-worlds.ipynb', as_version=4); nbclient.NotebookClient(nb, timeout=600, kernel_name='python3').execute(); print('images', sum(1 for c in nb.cells if c.cell_type == 'code' for o in c.get('outputs', []) if 'image/png' in o.get('data', {})))" 2>&1"#)
        #expect(notebook.status == 0, "\(notebook.output)")
        #expect(notebook.output.contains("images 1"), "\(notebook.output)")
    }
}
