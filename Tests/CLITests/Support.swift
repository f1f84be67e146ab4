#if canImport(Glibc)
import Glibc
#endif

/// Helpers to run the built `vblint` binary from end-to-end tests.
enum CLITestSupport {
    /// The package root (two levels above this file's folder).
    static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    /// Path to the `vblint` binary that `swift build` produced for these tests.
    static let binary: String = {
        for config in ["debug", "release"] {
            let p = packageRoot + "/.build/\(config)/vblint"
            if access(p, X_OK) == 0 { return p }
        }
        return packageRoot + "/.build/debug/vblint"
    }()

    /// `../shared` beside the clone, if present (CI has it; a lone clone does not).
    static let sharedDir: String? = {
        let p = packageRoot + "/../shared"
        var st = stat()
        return stat(p, &st) == 0 ? p : nil
    }()
}

import Foundation

/// The outcome of one run of the binary.
struct RunResult {
    var status: Int32
    var stdout: [UInt8]
    var stderr: String
    var out: String { String(decoding: stdout, as: UTF8.self) }
}

extension CLITestSupport {
    static let fixtures = packageRoot + "/Tests/Fixtures/cli"
    static let input = fixtures + "/input"
    static let expected = fixtures + "/expected"

    /// Runs `vblint` with `args` in `cwd`, feeding `stdin`. The environment
    /// is the test's, minus colour and config variables, plus `env`.
    @discardableResult
    static func run(_ args: [String], cwd: String? = nil, stdin: [UInt8]? = nil, env: [String: String] = [:]) throws -> RunResult {
        try runProgram(binary, args, cwd: cwd, stdin: stdin, env: env)
    }

    static func runProgram(_ program: String, _ args: [String], cwd: String? = nil, stdin: [UInt8]? = nil,
                           env: [String: String] = [:]) throws -> RunResult {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "NO_COLOR")
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        let outPipe = Pipe(), errPipe = Pipe(), inPipe = Pipe()
        p.standardOutput = outPipe
        p.standardError = errPipe
        p.standardInput = inPipe
        try p.run()
        // Read both pipes concurrently so that a large output cannot block.
        nonisolated(unsafe) var errData = Data()
        let errThread = Thread { errData = errPipe.fileHandleForReading.readDataToEndOfFile() }
        errThread.start()
        let writer = Thread {
            if let stdin { try? inPipe.fileHandleForWriting.write(contentsOf: Data(stdin)) }
            try? inPipe.fileHandleForWriting.close()
        }
        writer.start()
        let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        while errThread.isExecuting || !errThread.isFinished { usleep(1000) }
        return RunResult(status: p.terminationStatus, stdout: Array(outData), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func tempDir(_ name: String = "vblint-cli") throws -> String {
        let path = NSTemporaryDirectory() + "\(name)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func write(_ path: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    static func read(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Replaces the time in the text summary (`Thời gian: 12 ms.`,
    /// `Time: 12 ms.`) with `N`.
    static func normaliseTime(_ s: String) -> String {
        var out = ""
        for line in s.split(separator: "\n", omittingEmptySubsequences: false) {
            var l = String(line)
            for marker in ["Thời gian: ", "Time: "] {
                if let r = l.range(of: marker), let ms = l.range(of: " ms.", range: r.upperBound..<l.endIndex) {
                    l.replaceSubrange(r.upperBound..<ms.lowerBound, with: "N")
                }
            }
            out += l + "\n"
        }
        out.removeLast()
        return out
    }

    /// Python 3 with a module, or nil (the caller says so).
    static func python(with module: String) -> String? {
        for p in ["/usr/bin/python3", "/usr/local/bin/python3", "/root/.pyenv/shims/python3"] where FileManager.default.isExecutableFile(atPath: p) {
            if let r = try? runProgram(p, ["-c", "import \(module)"]), r.status == 0 { return p }
        }
        if let r = try? runProgram("/usr/bin/env", ["python3", "-c", "import \(module)"]), r.status == 0 { return "/usr/bin/env" }
        return nil
    }

    /// Runs a Python snippet with `args` (prefixing `python3` when going through env).
    static func runPython(_ python: String, _ code: String, _ args: [String] = [], stdin: [UInt8]? = nil) throws -> RunResult {
        let prefix = python == "/usr/bin/env" ? ["python3"] : []
        return try runProgram(python, prefix + ["-c", code] + args, stdin: stdin)
    }

    /// Paths of the real corpus drafts, when `../shared` is present.
    static var corpusDir: String? {
        guard let s = sharedDir else { return nil }
        let d = s + "/corpus/real"
        return FileManager.default.fileExists(atPath: d) ? d : nil
    }

    static var seeds: [String] {
        guard let s = sharedDir, let names = try? FileManager.default.contentsOfDirectory(atPath: s + "/seeds") else { return [] }
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted().map { s + "/seeds/" + $0 }
    }
}
