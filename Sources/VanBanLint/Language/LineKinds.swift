import VanBan

/// Walks the document's lines in step with increasing offsets.
public struct LineCursor {
    let lines: [LineInfo]
    var index = 0
    public init(_ doc: Document) { lines = doc.lines }

    /// The line containing `offset` (offsets must not decrease between calls).
    public mutating func line(at offset: Int) -> LineInfo? {
        while index < lines.count && lines[index].range.end < offset { index += 1 }
        guard index < lines.count, lines[index].range.start <= offset else { return nil }
        return lines[index]
    }

    /// Index of the current line.
    public var currentIndex: Int { index }
}

extension LineKind {
    /// Lines where capitals, abbreviations and spacing follow their own
    /// conventions (header columns, signature, Nơi nhận, noise).
    public var isConventionalBlock: Bool {
        switch self {
        case .header, .signature, .noiNhan, .noiNhanItem, .decoration, .noise, .blank: return true
        default: return false
        }
    }
}

/// Parts of a document where abbreviations and capitals follow their own
/// conventions even when the parser did not classify the lines: from a
/// `Nơi nhận` label to the next appendix, and Markdown table rows.
public struct ConventionalZones {
    /// Per line index: true when the line is in such a zone.
    public let skip: [Bool]

    static let noiNhan = Array("Nơi nhận".utf8)
    static let noiNhanUpper = Array("NƠI NHẬN".utf8)

    /// One pass over the whole text for `|` and for each `N` that may start
    /// `Nơi nhận` / `NƠI NHẬN` (sixteen bytes at a time with `WindowScan`,
    /// hits mapped to their line by a cursor: lines are in text order and
    /// do not overlap), then one pass over the lines for the zones.
    ///
    /// Only an `N` followed by 0xC6 (the first byte of `ơ` and `Ơ`) is
    /// visited: both labels start with these two bytes, so any other `N`
    /// could not mark its line (`N` alone is common in capitals).
    public init(_ doc: Document) {
        let src = doc.source.bytes
        let lines = doc.lines
        var hasPipe = [Bool](repeating: false, count: lines.count)
        var hasNoiNhan = [Bool](repeating: false, count: lines.count)
        let bar = SIMD16<UInt8>(repeating: 0x7C), capitalN = SIMD16<UInt8>(repeating: 0x4E), oHornLead = SIMD16<UInt8>(repeating: 0xC6)
        src.withUnsafeBufferPointer { p in
            var k = 0
            var i = 0
            while k < lines.count, let j = WindowScan.first(p, from: i, to: p.count,
                                                            candidates: { x, y, _ in (x .== bar) .| ((x .== capitalN) .& (y .== oHornLead)) },
                                                            exact: { p[$0] == 0x7C || (p[$0] == 0x4E && $0 + 1 < p.count && p[$0 + 1] == 0xC6) }) {
                i = j + 1
                while k < lines.count && lines[k].range.end <= j { k += 1 }
                guard k < lines.count, lines[k].range.start <= j else { continue }
                if p[j] == 0x7C {
                    hasPipe[k] = true
                } else if !hasNoiNhan[k] {
                    let e = lines[k].range.end
                    hasNoiNhan[k] = Bytes.hasPrefix(src, at: j, ConventionalZones.noiNhan, end: e) || Bytes.hasPrefix(src, at: j, ConventionalZones.noiNhanUpper, end: e)
                }
            }
        }
        var out = [Bool](repeating: false, count: lines.count)
        var inClosing = false
        for k in lines.indices {
            if lines[k].kind == .attachmentHeader { inClosing = false }
            if hasNoiNhan[k] { inClosing = true }
            out[k] = inClosing || hasPipe[k] || lines[k].kind.isConventionalBlock
        }
        skip = out
    }
}

extension ConventionalZones {
    /// `init` line by line, without the sixteen-byte scan: the reference
    /// its fast path is tested against.
    static func reference(_ doc: Document) -> [Bool] {
        let src = doc.source.bytes
        var out: [Bool] = []
        var inClosing = false
        for line in doc.lines {
            if line.kind == .attachmentHeader { inClosing = false }
            var pipe = false, label = false
            for j in line.range.start..<line.range.end {
                if src[j] == 0x7C { pipe = true }
                if src[j] == 0x4E && (Bytes.hasPrefix(src, at: j, noiNhan, end: line.range.end) || Bytes.hasPrefix(src, at: j, noiNhanUpper, end: line.range.end)) {
                    label = true
                }
            }
            if label { inClosing = true }
            out.append(inClosing || pipe || line.kind.isConventionalBlock)
        }
        return out
    }
}
