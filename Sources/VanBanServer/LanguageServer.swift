import VanBan
import VanBanLint

/// The language server (placeholder until the LSP issue lands).
public enum LanguageServer {
    public static func runStdio() -> Int32 { 1 }
}
