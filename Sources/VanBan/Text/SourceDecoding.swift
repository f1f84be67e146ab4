/// How the bytes of a file were encoded before they were turned into the
/// UTF-8 text that the rest of vblint works on.
public enum SourceEncoding: String, Sendable, Equatable {
    case utf8
    case utf8WithBOM = "utf8-bom"
    case utf16LE = "utf16le"
    case utf16BE = "utf16be"
}

/// Why a file could not be read as text. Every case names a byte offset in the
/// original file so that the message can point at it.
public enum SourceDecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A byte sequence that is not UTF-8 at `offset`.
    case invalidUTF8(offset: Int)
    /// A NUL byte at `offset` in a file without a UTF-16 BOM: a binary file.
    case binary(offset: Int)
    /// A lone surrogate or truncated code unit in a UTF-16 file.
    case invalidUTF16(offset: Int)

    public var offset: Int {
        switch self {
        case .invalidUTF8(let o), .binary(let o), .invalidUTF16(let o): return o
        }
    }

    public var description: String {
        switch self {
        case .invalidUTF8(let o): return "invalid UTF-8 at byte offset \(o)"
        case .binary(let o): return "binary file (NUL byte at offset \(o))"
        case .invalidUTF16(let o): return "invalid UTF-16 at byte offset \(o)"
        }
    }
}

public enum SourceDecoder {
    /// Decodes file bytes: UTF-8 with or without BOM, UTF-16 LE/BE with BOM.
    /// Invalid UTF-8 is never guessed at. Returns UTF-8 bytes without the BOM.
    public static func decode(_ bytes: [UInt8]) throws(SourceDecodingError) -> (utf8: [UInt8], encoding: SourceEncoding) {
        if bytes.count >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE {
            return (try utf16ToUTF8(bytes, bigEndian: false), .utf16LE)
        }
        if bytes.count >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF {
            return (try utf16ToUTF8(bytes, bigEndian: true), .utf16BE)
        }
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            let body = Array(bytes[3...])
            if let bad = firstInvalidUTF8(body) { throw bad.isNUL ? .binary(offset: bad.offset + 3) : .invalidUTF8(offset: bad.offset + 3) }
            return (body, .utf8WithBOM)
        }
        if let bad = firstInvalidUTF8(bytes) { throw bad.isNUL ? .binary(offset: bad.offset) : .invalidUTF8(offset: bad.offset) }
        return (bytes, .utf8)
    }

    /// Encodes UTF-8 text back into the file's original encoding (used when
    /// fixes are written back).
    public static func encode(_ utf8: [UInt8], as encoding: SourceEncoding) -> [UInt8] {
        switch encoding {
        case .utf8: return utf8
        case .utf8WithBOM: return [0xEF, 0xBB, 0xBF] + utf8
        case .utf16LE, .utf16BE:
            let big = encoding == .utf16BE
            var out: [UInt8] = big ? [0xFE, 0xFF] : [0xFF, 0xFE]
            out.reserveCapacity(utf8.count * 2 + 2)
            for unit in String(decoding: utf8, as: UTF8.self).utf16 {
                let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
                if big { out.append(hi); out.append(lo) } else { out.append(lo); out.append(hi) }
            }
            return out
        }
    }

    /// The offset of the first byte that does not belong to well-formed
    /// UTF-8, or of the first NUL byte. `nil` when the bytes are clean.
    public static func firstInvalidUTF8(_ b: [UInt8]) -> (offset: Int, isNUL: Bool)? {
        b.withUnsafeBufferPointer { p -> (offset: Int, isNUL: Bool)? in
            let n = p.count
            var i = 0
            let raw = UnsafeRawPointer(p.baseAddress)
            let high = SIMD16<UInt8>(repeating: 0x80), zero = SIMD16<UInt8>()
            while i < n {
                // Sixteen bytes at a time: skip the ASCII bytes before the
                // first non-ASCII one (all sixteen when there is none). A
                // window holding a NUL is left to the byte-wise path, which
                // reports it at its exact offset.
                if let raw, i + 16 <= n {
                    let v = raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                    if !ByteScan.any(v .== zero) {
                        let (lo, hi) = ByteScan.laneBits((v & high) .== high)
                        if lo | hi == 0 { i &+= 16; continue }
                        i &+= lo != 0 ? lo.trailingZeroBitCount >> 3 : 8 &+ hi.trailingZeroBitCount >> 3
                    }
                }
                let c = p[i]
                if c < 0x80 {
                    if c == 0 { return (i, true) }
                    i &+= 1
                    continue
                }
                let need: Int
                var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
                switch c {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED: need = 2; upper = 0x9F
                case 0xF0: need = 3; lower = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; upper = 0x8F
                default: return (i, false)
                }
                if i + need >= n { return (i, false) }
                let c1 = p[i + 1]
                if c1 < lower || c1 > upper { return (i, false) }
                var k = 2
                while k <= need {
                    let ck = p[i + k]
                    if ck < 0x80 || ck > 0xBF { return (i, false) }
                    k += 1
                }
                i += need + 1
            }
            return nil
        }
    }

    private static func utf16ToUTF8(_ bytes: [UInt8], bigEndian: Bool) throws(SourceDecodingError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 2
        let n = bytes.count
        func unit(_ at: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[at]) << 8 | UInt32(bytes[at + 1]) : UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at])
        }
        while i < n {
            if i + 1 >= n { throw .invalidUTF16(offset: i) }
            var scalar = unit(i)
            let start = i
            i += 2
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                if i + 1 >= n { throw .invalidUTF16(offset: start) }
                let low = unit(i)
                guard low >= 0xDC00 && low <= 0xDFFF else { throw .invalidUTF16(offset: start) }
                i += 2
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                throw .invalidUTF16(offset: start)
            }
            if scalar == 0 { throw .binary(offset: start) }
            appendUTF8(scalar, to: &out)
        }
        return out
    }

    @inline(__always)
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
