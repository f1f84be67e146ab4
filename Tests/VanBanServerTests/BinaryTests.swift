#if canImport(Glibc)
import Glibc
#endif
import Testing
import VanBan
@testable import VanBanServer

/// The real `vblint lsp` binary over pipes.
final class ServerProcess {
    static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let binary: String = {
        for config in ["debug", "release"] {
            let p = packageRoot + "/.build/\(config)/vblint"
            if access(p, X_OK) == 0 { return p }
        }
        return packageRoot + "/.build/debug/vblint"
    }()

    let pid: pid_t
    var toChild: Int32
    var fromChild: Int32
    private var framer = MessageFramer()
    /// Framing errors seen on the server's stdout (must stay empty).
    var garbage: [String] = []

    init?() {
        signal(SIGPIPE, SIG_IGN)
        var inPipe: [Int32] = [0, 0], outPipe: [Int32] = [0, 0]
        guard pipe(&inPipe) == 0, pipe(&outPipe) == 0 else { return nil }
        // Not inherited by other children spawned meanwhile (dup2 clears the flag on 0 and 1).
        for fd in inPipe + outPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var fa = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fa)
        posix_spawn_file_actions_adddup2(&fa, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&fa, outPipe[1], 1)
        let args = [Self.binary, "lsp"]
        let argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = [strdup("PATH=/usr/bin:/bin"), nil]
        var p = pid_t()
        let rc = posix_spawn(&p, Self.binary, &fa, nil, argv, envp)
        posix_spawn_file_actions_destroy(&fa)
        for a in argv { free(a) }
        for e in envp { free(e) }
        close(inPipe[0]); close(outPipe[1])
        guard rc == 0 else { close(inPipe[1]); close(outPipe[0]); return nil }
        pid = p
        toChild = inPipe[1]
        fromChild = outPipe[0]
    }

    deinit {
        if toChild >= 0 { close(toChild) }
        if fromChild >= 0 { close(fromChild) }
        var st: Int32 = 0
        if waitpid(pid, &st, WNOHANG) == 0 { kill(pid, SIGKILL); waitpid(pid, &st, 0) }
    }

    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool { StdioTransport.write(fd: toChild, bytes) }

    func send(_ json: String) { send(MessageFramer.frame(Array(json.utf8))) }

    /// The next message, or nil after `timeout` seconds or at end of output.
    func next(timeout: Int32 = 20) -> JSONValue? {
        while true {
            if let ev = framer.next() {
                switch ev {
                case .message(let b): return try? JSONParser.parse(b)
                case .error(let m): garbage.append(m); continue
                }
            }
            var pfd = pollfd(fd: fromChild, events: Int16(POLLIN), revents: 0)
            let r = poll(&pfd, 1, timeout * 1000)
            if r <= 0 { return nil }
            var buf = [UInt8](repeating: 0, count: 1 << 16)
            guard let n = StdioTransport.read(fd: fromChild, into: &buf) else { return nil }
            framer.append(Array(buf[0..<n]))
        }
    }

    /// Messages until one satisfies `pred` (nil on timeout).
    func until(_ pred: (JSONValue) -> Bool) -> JSONValue? {
        while let m = next() { if pred(m) { return m } }
        return nil
    }

    func closeInput() { close(toChild); toChild = -1 }
    func closeOutput() { close(fromChild); fromChild = -1 }

    /// Exit status (nil if it was killed by a signal or did not stop in time).
    func wait(seconds: Int = 20) -> Int32? {
        var st: Int32 = 0
        for _ in 0..<(seconds * 100) {
            let r = waitpid(pid, &st, WNOHANG)
            if r == pid {
                let sig = st & 0x7f
                return sig == 0 ? (st >> 8) & 0xff : nil
            }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        return nil
    }
}

@Suite(.serialized) struct BinaryTests {
    static let initialize = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}"#

    @Test func fullSessionOverPipes() throws {
        try #require(access(ServerProcess.binary, X_OK) == 0, "build the binary first: swift build (\(ServerProcess.binary))")
        let p = try #require(ServerProcess())
        // Several messages in one write.
        let open = #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a.txt","languageId":"plaintext","version":3,"text":\#(Harness.q(Samples.unused))}}}"#
        p.send(MessageFramer.frame(Array(Self.initialize.utf8)) + Harness.notification("initialized")
               + MessageFramer.frame(Array(open.utf8)))
        let ini = p.until { $0["id"]?.intValue == 1 }
        #expect(ini?["result"]?["capabilities"]?["hoverProvider"]?.boolValue == true)
        let pub = p.until { $0["method"]?.stringValue == "textDocument/publishDiagnostics" }
        #expect(pub?["params"]?["version"]?.intValue == 3)
        #expect(pub?["params"]?["diagnostics"]?[0]?["code"]?.stringValue == "VB009")
        // A message split across writes, byte by byte for the header.
        let hover = Array(#"{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a.txt"},"position":{"line":0,"character":4}}}"#.utf8)
        for b in MessageFramer.frame(hover) { p.send([b]) }
        let hv = p.until { $0["id"]?.intValue == 2 }
        #expect(hv?["result"]?["contents"]?["value"]?.stringValue?.contains("VB009") == true)
        // Garbage does not stop it.
        p.send(Array("Content-Length: 5\r\n\r\n{oops".utf8))
        #expect(p.next()?["error"]?["code"]?.intValue == ErrorCode.parseError)
        p.send(#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#)
        #expect(p.until { $0["id"]?.intValue == 3 }?["result"]?.isNull == true)
        p.send(#"{"jsonrpc":"2.0","method":"exit"}"#)
        #expect(p.wait() == 0)
        #expect(p.garbage.isEmpty, "stdout carries only protocol messages: \(p.garbage)")
    }

    @Test func closingThePipeEndsTheServer() throws {
        try #require(access(ServerProcess.binary, X_OK) == 0, "build the binary first: swift build")
        let p = try #require(ServerProcess())
        p.send(Self.initialize)
        #expect(p.next()?["id"]?.intValue == 1)
        p.closeInput()
        #expect(p.wait() == 1, "end of input without shutdown: exit code 1, no signal")
    }

    @Test func vanishedClientDoesNotKillTheServerBySignal() throws {
        try #require(access(ServerProcess.binary, X_OK) == 0, "build the binary first: swift build")
        let p = try #require(ServerProcess())
        p.closeOutput()
        p.send(Self.initialize)
        p.send(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
        #expect(p.wait() != nil, "the server must exit normally (EPIPE handled, SIGPIPE ignored)")
    }
}
