import Testing
import VanBan
@testable import VanBanServer

@Suite struct FramingTests {
    static let a = Array(#"{"jsonrpc":"2.0","method":"a"}"#.utf8)
    static let b = Array(#"{"jsonrpc":"2.0","method":"bé"}"#.utf8)

    func drain(_ f: inout MessageFramer) -> [MessageFramer.Event] {
        var out: [MessageFramer.Event] = []
        while let e = f.next() { out.append(e) }
        return out
    }

    @Test func byteByByte() {
        var f = MessageFramer()
        var got: [MessageFramer.Event] = []
        for byte in MessageFramer.frame(Self.a) + MessageFramer.frame(Self.b) {
            f.append([byte])
            got += drain(&f)
        }
        #expect(got == [.message(Self.a), .message(Self.b)])
        #expect(f.pendingByteCount == 0)
    }

    @Test func severalMessagesInOneChunk() {
        var f = MessageFramer()
        f.append(MessageFramer.frame(Self.a) + MessageFramer.frame(Self.b) + MessageFramer.frame(Self.a))
        #expect(drain(&f) == [.message(Self.a), .message(Self.b), .message(Self.a)])
    }

    @Test func strayHeadersAndLineEnds() {
        var f = MessageFramer()
        let h1 = Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length:  \(Self.a.count)\r\nX-Other: 1\r\n\r\n".utf8)
        let h2 = Array("\r\nCONTENT-LENGTH: \(Self.b.count)\n\n".utf8)
        f.append(h1 + Self.a + h2 + Self.b)
        #expect(drain(&f) == [.message(Self.a), .message(Self.b)])
    }

    @Test func largeMessageInChunks() {
        let text = String(repeating: "Tiếng Việt có dấu. ", count: 60_000)
        var w = JSONWriter()
        w.beginObject(); w.key("text"); w.string(text); w.endObject()
        let framed = MessageFramer.frame(w.bytes)
        var f = MessageFramer()
        var got: [MessageFramer.Event] = []
        var i = 0
        while i < framed.count {
            let j = min(framed.count, i + 65_536)
            f.append(Array(framed[i..<j]))
            got += drain(&f)
            i = j
        }
        #expect(got == [.message(w.bytes)])
    }

    /// A Content-Length too small by a few bytes leaves the body's tail
    /// glued to the next header line: that message must still be read.
    @Test func tooSmallContentLengthLosesOnlyItsOwnMessage() {
        var f = MessageFramer()
        let bad = Array("Content-Length: \(Self.a.count - 3)\r\n\r\n".utf8) + Self.a
        f.append(bad + MessageFramer.frame(Self.b) + MessageFramer.frame(Self.a))
        let got = drain(&f)
        let messages = got.filter { if case .message = $0 { return true } else { return false } }
        #expect(messages.suffix(2) == [.message(Self.b), .message(Self.a)])
        #expect(got.contains { if case .error = $0 { return true } else { return false } })
    }

    @Test func missingContentLengthIsReportedAndSkipped() {
        var f = MessageFramer()
        f.append(Array("Content-Type: x\r\n\r\n".utf8) + Self.a + MessageFramer.frame(Self.b))
        let got = drain(&f)
        #expect(got.count == 2)
        if case .error = got.first {} else { Issue.record("expected a framing error, got \(got)") }
        #expect(got.last == .message(Self.b))
    }

    @Test func hugeOrInvalidContentLengthIsReportedAndSkipped() {
        for header in ["Content-Length: 99999999999999\r\n\r\n", "Content-Length: 999999999999999999999999\r\n\r\n",
                       "Content-Length: -5\r\n\r\n", "Content-Length: 12abc\r\n\r\n"] {
            var f = MessageFramer()
            f.append(Array(header.utf8) + Array("{}".utf8) + MessageFramer.frame(Self.a))
            let got = drain(&f)
            #expect(got.count == 2, "\(header)")
            if case .error = got.first {} else { Issue.record("expected a framing error for \(header)") }
            #expect(got.last == .message(Self.a))
        }
    }

    @Test func endlessHeaderGarbageIsBounded() {
        var f = MessageFramer()
        f.append([UInt8](repeating: UInt8(ascii: "x"), count: 20_000))
        let got = drain(&f)
        #expect(got.count == 1)
        #expect(f.pendingByteCount < 100)
        f.append(Array("\n".utf8) + MessageFramer.frame(Self.a))
        #expect(drain(&f).last == .message(Self.a))
    }

    @Test func minimalEditKeepsScalarBoundaries() {
        let old = SourceText("Tiếng Việt")
        let new = Array("Tiếng Viết".utf8)
        let e = minimalEdit(from: old, to: new)
        #expect(e != nil)
        if let (r, s) = e {
            var b = old.bytes
            b.replaceSubrange(r.start..<r.end, with: Array(s.utf8))
            #expect(b == new)
            #expect(String(validating: old.bytes[r.start..<r.end], as: UTF8.self) != nil)
        }
        #expect(minimalEdit(from: old, to: old.bytes) == nil)
    }
}
