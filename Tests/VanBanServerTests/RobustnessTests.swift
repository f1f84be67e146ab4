import Testing
import VanBan
@testable import VanBanServer

@Suite struct RobustnessTests {
    /// A small deterministic PRNG (SplitMix64).
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let messages: [String] = [
        #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{"general":{"positionEncodings":["utf-8"]}}}}"#,
        #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a","languageId":"vanban","version":1,"text":"<!-- vblint-disable-next-line VB501 -->\nTiếng Việt 😀\n"}}}"#,
        #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a","version":2},"contentChanges":[{"range":{"start":{"line":5,"character":99},"end":{"line":0,"character":2}},"text":"Điều 1. "}]}}"#,
        #"{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a"},"position":{"line":0,"character":4}}}"#,
        #"{"jsonrpc":"2.0","id":3,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///a"},"range":{"start":{"line":0,"character":0},"end":{"line":9,"character":9}},"context":{"diagnostics":[{"data":{"generation":"x"}}]}}}"#,
        #"{"jsonrpc":"2.0","id":4,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///a"}}}"#,
        #"{"jsonrpc":"2.0","id":5,"method":"textDocument/definition","params":{"textDocument":{"uri":"file:///a"},"position":{"line":1,"character":1}}}"#,
        #"{"jsonrpc":"2.0","id":6,"method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///a"}}}"#,
        #"{"jsonrpc":"2.0","id":7,"method":"textDocument/foldingRange","params":{"textDocument":{"uri":"file:///a"}}}"#,
        #"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2}}"#,
        #"{"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"lang":7,"select":{"a":1},"regime":"x"}}}"#,
        #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///a","version":3},"contentChanges":[{"text":"\ud800 lone surrogate \udc00"}]}}"#,
    ]

    @Test func randomlyCutAndMutatedStreamsNeverCrash() throws {
        var rng = Rng(state: 0x5EED)
        for _ in 0..<60 {
            let sink = Harness.Sink()
            let server = LanguageServer(write: { sink.bytes += $0; return true })
            var stream: [UInt8] = []
            for _ in 0..<20 {
                var body = Array(Self.messages[rng.int(Self.messages.count)].utf8)
                // Mutate a few bytes now and then.
                if rng.int(3) == 0 {
                    for _ in 0..<(1 + rng.int(4)) { body[rng.int(body.count)] = UInt8(truncatingIfNeeded: rng.next()) }
                }
                var framed = MessageFramer.frame(body)
                if rng.int(10) == 0 { framed = Array("Content-Length: \(rng.int(1 << 40))\r\n\r\n".utf8) + body }
                stream += framed
            }
            var i = 0
            while i < stream.count {
                let n = 1 + rng.int(300)
                server.receive(Array(stream[i..<min(stream.count, i + n)]))
                i += n
            }
            // Whatever came out is well-framed JSON.
            var f = MessageFramer()
            f.append(sink.bytes)
            while let ev = f.next() {
                guard case .message(let b) = ev else { Issue.record("unframed output"); break }
                #expect((try? JSONParser.parse(b)) != nil)
            }
        }
    }

    @Test func loneSurrogatesAndHugePositionsAreSafe() throws {
        let h = Harness()
        h.initialize()
        h.open("file:///a", "x")
        h.change("file:///a", version: 2, #"[{"text":"\ud800 a \udc00"}]"#)
        let text = try #require(h.server.documents["file:///a"]?.source.string)
        #expect(text.unicodeScalars.first == "\u{FFFD}")
        h.change("file:///a", version: 3, #"[{"range":\#(Harness.range(8_000_000_000_000, 8_000_000_000_000, 0, 1)),"text":"Z"}]"#)
        // The reversed range (end of text … line 0, character 1) is swapped and clamped.
        #expect(h.server.documents["file:///a"]?.source.string == "\u{FFFD}Z")
        let r = h.request("textDocument/hover", Harness.at("file:///a", 8_000_000_000_000, 8_000_000_000_000))
        #expect(r?["result"] != nil)
    }
}
