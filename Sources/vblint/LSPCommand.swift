import VanBanServer

/// `vblint lsp`: the language server on stdin/stdout (`--stdio` accepted).
enum LSPCommand {
    static func run(_ args: [String]) -> Int32 {
        for a in args {
            switch a {
            case "--stdio": continue
            case "--help", "-h":
                IO.stdout.line("vblint lsp [--stdio]: language server (LSP 3.17) on stdin/stdout")
                return ExitCode.ok
            default:
                IO.stderr.line("vblint lsp: tùy chọn không rõ '\(a)' (unknown option)")
                return ExitCode.usage
            }
        }
        return LanguageServer.runStdio()
    }
}
