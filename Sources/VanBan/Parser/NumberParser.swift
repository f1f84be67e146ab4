/// Splits a document number/symbol into its parts (rules.md,
/// Accepts what drafters type, spaces included; rules
/// judge the form.
public enum NumberParser {
    /// Type codes that may open a symbol: Table A of both regimes, the
    /// normative codes, copy codes, and common misspellings (`ND`, `QD`) so
    /// that rules can name them.
    public static let typeCodes: Set<String> = {
        var s = Set(DocumentTypes.kindByCode.keys)
        s.formUnion(DocumentTypes.copyCodes)
        s.formUnion(["NĐ", "NQ", "QĐ", "TT", "TTLT", "NQLT", "CT", "L", "PL", "ND", "QD", "TTLT", "HD", "CV"])
        return s
    }()

    /// `typeCodes` written in ASCII letters and `Đ`/`đ` only, as bytes, by
    /// byte length: for such a part, `typeCodes.contains` is a byte
    /// comparison (none of these characters composes or decomposes), made
    /// without building and hashing a `String`.
    static let typeCodeBytes: [[[UInt8]]] = {
        var t: [[[UInt8]]] = []
        for code in typeCodes {
            let b = Array(code.utf8)
            guard isPlainCode(b[...]) else { continue }
            while t.count <= b.count { t.append([]) }
            t[b.count].append(b)
        }
        return t
    }()

    /// Whether every character of `b` is an ASCII character or `Đ`/`đ`.
    @inline(__always)
    static func isPlainCode<C: Collection>(_ b: C) -> Bool where C.Element == UInt8, C.Index == Int {
        var i = b.startIndex
        while i < b.endIndex {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            if c == 0xC4, i + 1 < b.endIndex, b[i + 1] == 0x90 || b[i + 1] == 0x91 { i += 2; continue }
            return false
        }
        return true
    }

    /// `typeCodes.contains(part)` for the part `raw[r]` whose text is `part`.
    @inline(__always)
    static func isTypeCode(_ raw: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ part: String, _ table: [[[UInt8]]]) -> Bool {
        let slice = raw[r]
        guard isPlainCode(slice) else { return typeCodes.contains(part) }
        guard r.count < table.count else { return false }
        for code in table[r.count] where code.elementsEqual(slice) { return true }
        return false
    }

    public static func parse(_ text: String, range: TextRange) -> DocumentNumber {
        // Bytes, not Characters: this runs for every number in the text.
        if let n = text.utf8.withContiguousStorageIfAvailable({ parse(bytes: $0, text: text, range: range) }) { return n }
        return Array(text.utf8).withUnsafeBufferPointer { parse(bytes: $0, text: text, range: range) }
    }

    /// `parse` on the UTF-8 bytes of `text`: blanks dropped, then split in
    /// place; the only strings made are the fields the number keeps.
    static func parse(bytes: UnsafeBufferPointer<UInt8>, text: String, range: TextRange) -> DocumentNumber {
        @inline(__always) func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }
        guard bytes.contains(where: isBlank) else { return parse(raw: bytes, text: text, range: range, hasSpaces: false) }
        return bytes.filter { !isBlank($0) }.withUnsafeBufferPointer { parse(raw: $0, text: text, range: range, hasSpaces: true) }
    }

    private static func parse(raw: UnsafeBufferPointer<UInt8>, text: String, range: TextRange, hasSpaces: Bool) -> DocumentNumber {
        @inline(__always) func string(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: raw[r]), as: UTF8.self) }
        let slash = UInt8(ascii: "/"), dash = UInt8(ascii: "-")
        let count = raw.count
        // Sequence: up to the first "/"; then an optional 4-digit year part
        // (when another part follows); the rest is the symbol.
        let firstSlash = raw.firstIndex(of: slash) ?? count
        let sequence = string(0..<firstSlash)
        var year: Int?
        var symbolStart = min(firstSlash + 1, count)
        if firstSlash < count, let next = raw[symbolStart...].firstIndex(of: slash), next - symbolStart == 4,
           raw[symbolStart..<next].allSatisfy(Bytes.isDigit) {
            year = raw[symbolStart..<next].reduce(0) { $0 * 10 + Int($1 - 0x30) }
            symbolStart = next + 1
        }
        let symbol = firstSlash < count ? symbolStart..<count : count..<count
        // The symbol split at "-", empty parts kept (`split` with
        // `omittingEmptySubsequences: false`: one empty part for an empty symbol).
        // The starts of the second and third parts: a code made of the
        // parts from one on is the bytes from its start (`joined(separator: "-")`
        // of the parts split at every "-").
        // One allocation for the parts (appending one by one grew the
        // array up to three times).
        var groups: [String] = []
        var dashes = 0
        for k in symbol where raw[k] == dash { dashes += 1 }
        groups.reserveCapacity(dashes + 1)
        var partStart = symbol.lowerBound, groupEnd0 = symbol.upperBound, start1 = count, start2 = count
        for k in symbol where raw[k] == dash {
            groups.append(string(partStart..<k))
            if groups.count == 1 { groupEnd0 = k; start1 = k + 1 } else if groups.count == 2 { start2 = k + 1 }
            partStart = k + 1
        }
        groups.append(string(partStart..<symbol.upperBound))
        let table = typeCodeBytes
        var typeCode: String?, issuerCode: String?, unitCode: String?
        // Party style: 46-CT/TW (type code inside the sequence).
        if let d = raw[..<firstSlash].firstIndex(of: dash), d > 0, raw[..<d].allSatisfy(Bytes.isDigit) {
            let tail = string((d + 1)..<firstSlash)
            if !tail.isEmpty, tail.allSatisfy({ $0.isLetter }) {
                return DocumentNumber(range: range, text: text, sequence: sequence, year: year, symbolParts: groups, typeCode: tail,
                                      issuerCode: string(symbol), unitCode: nil, hasSpaces: hasSpaces, isPartyStyle: true)
            }
        }
        if groups.count >= 2, isTypeCode(raw, symbol.lowerBound..<groupEnd0, groups[0], table) {
            typeCode = groups[0]
            issuerCode = groups[1].isEmpty ? nil : groups[1]
            unitCode = groups.count > 2 ? string(start2..<count) : nil
        } else if let first = groups.first, !first.isEmpty {
            if groups.count == 1, year == nil, isTypeCode(raw, symbol.lowerBound..<groupEnd0, first, table) {
                typeCode = first
            } else {
                issuerCode = first
                unitCode = groups.count > 1 ? string(start1..<count) : nil
            }
        }
        return DocumentNumber(range: range, text: text, sequence: sequence, year: year, symbolParts: groups, typeCode: typeCode,
                              issuerCode: issuerCode, unitCode: unitCode, hasSpaces: hasSpaces, isPartyStyle: false)
    }
}
