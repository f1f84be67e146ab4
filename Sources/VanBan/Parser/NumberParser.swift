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
        var groups: [String] = []
        var partStart = symbol.lowerBound
        for k in symbol where raw[k] == dash {
            groups.append(string(partStart..<k))
            partStart = k + 1
        }
        groups.append(string(partStart..<symbol.upperBound))
        var typeCode: String?, issuerCode: String?, unitCode: String?
        // Party style: 46-CT/TW (type code inside the sequence).
        if let d = raw[..<firstSlash].firstIndex(of: dash), d > 0, raw[..<d].allSatisfy(Bytes.isDigit) {
            let tail = string((d + 1)..<firstSlash)
            if !tail.isEmpty, tail.allSatisfy({ $0.isLetter }) {
                return DocumentNumber(range: range, text: text, sequence: sequence, year: year, symbolParts: groups, typeCode: tail,
                                      issuerCode: string(symbol), unitCode: nil, hasSpaces: hasSpaces, isPartyStyle: true)
            }
        }
        if groups.count >= 2, typeCodes.contains(groups[0]) {
            typeCode = groups[0]
            issuerCode = groups[1].isEmpty ? nil : groups[1]
            unitCode = groups.count > 2 ? groups[2...].joined(separator: "-") : nil
        } else if let first = groups.first, !first.isEmpty {
            if groups.count == 1, typeCodes.contains(first), year == nil {
                typeCode = first
            } else {
                issuerCode = first
                unitCode = groups.count > 1 ? groups[1...].joined(separator: "-") : nil
            }
        }
        return DocumentNumber(range: range, text: text, sequence: sequence, year: year, symbolParts: groups, typeCode: typeCode,
                              issuerCode: issuerCode, unitCode: unitCode, hasSpaces: hasSpaces, isPartyStyle: false)
    }
}
