import Testing
@testable import VanBan

/// The JSON reader's strings: plain runs are skipped sixteen bytes at a
/// time, so escapes and errors are placed at every offset of a window.
@Suite struct JSONStringTests {
    static func string(_ json: String) -> String? {
        guard case .string(let s)? = try? JSONParser.parse(Array(json.utf8)) else { return nil }
        return s
    }

    @Test func escapesAtEveryOffset() {
        for k in 0..<40 {
            let pad = String(repeating: "ạ", count: k / 3) + String(repeating: "a", count: k % 3)
            #expect(Self.string("\"\(pad)\\n\(pad)\\\"x\\u00e2\\ud83d\\ude00\"") == "\(pad)\n\(pad)\"xâ😀")
            #expect(Self.string("\"\(pad)Điều 1\"") == "\(pad)Điều 1")
            // A raw control character or an unterminated string is an error.
            #expect(Self.string("\"\(pad)\u{01}\"") == nil)
            #expect(Self.string("\"\(pad)\\n\(pad)") == nil)
        }
    }

    @Test func invalidUTF8IsAnError() {
        var bytes = Array("\"0123456789abcdef".utf8)
        bytes.append(0xFF)
        bytes += Array("\"".utf8)
        #expect((try? JSONParser.parse(bytes)) == nil)
    }
}
