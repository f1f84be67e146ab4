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
