import VanBanServer

enum LSPCommand {
    static func run(_ args: [String]) -> Int32 {
        LanguageServer.runStdio()
    }
}
