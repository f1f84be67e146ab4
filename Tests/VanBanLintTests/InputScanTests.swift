import Testing
@testable import VanBan
@testable import VanBanLint

/// The one-pass scans of the input rules agree with scans started again
/// after each hit (`WindowScan.first`, itself tested byte by byte).
@Suite struct InputScanTests {
    /// `WindowScan.forEach` visits exactly the positions a byte-by-byte scan
    /// finds, in order, for every start and end.
    @Test func windowScanForEachMatchesReference() {
        let bar = SIMD16<UInt8>(repeating: 0x7C), comma = SIMD16<UInt8>(repeating: 0x2C)
        var texts = WindowScanTests.texts(60)
        texts.append([UInt8](repeating: 0x61, count: 100) + [0x7C])
        texts.append([UInt8](repeating: 0x2C, count: 150))
        for t in texts {
            t.withUnsafeBufferPointer { p in
                let exact: (Int) -> Bool = { p[$0] == 0x7C || (p[$0] == 0x2C && $0 + 1 < p.count && p[$0 + 1] == 0x7C) }
                for from in 0...p.count {
                    let ends: Set<Int> = [from, min(p.count, from + 17), min(p.count, from + 70), p.count]
                    for to in ends {
                        var fast: [Int] = []
                        WindowScan.forEach(p, from: from, to: to, candidates: { x, y, _ in (x .== bar) .| ((x .== comma) .& (y .== bar)) },
                                           exact: exact) { fast.append($0) }
                        let slow = (from..<to).filter(exact)
                        #expect(fast == slow, "\(t) \(from) \(to)")
                    }
                }
            }
        }
    }

    /// `TextMarks` holds what `Spacing.nextMarkOrEvent` finds one after
    /// another, and each `N` followed by C6.
    @Test func textMarksInOnePass() {
        var texts = WindowScanTests.texts(400)
        texts.append(Array("a ,b  c ( d ) e;f | g\th ,  , ;;((  ".utf8))
        texts.append(Array("Nơi nhận: | NƠI NHẬN N ,N\u{01A0}N".utf8) + [0x4E])
        // Every length around the windows' ends (`collect` files the lanes
        // of windows reading 17 bytes, then the last bytes one by one).
        let dense = Array("a ,b  c ( d ) e;f | g\th ,  , ;;((  N\u{01A0} 1 ,x".utf8)
        for length in 1...140 { texts.append((0..<length).map { dense[$0 % dense.count] }) }
        for t in texts {
            t.withUnsafeBufferPointer { p in
                var slow: [Int] = []
                var i = 0
                while let j = Spacing.nextMarkOrEvent(p, from: i) { slow.append(j); i = j + 1 }
                slow += p.indices.filter { p[$0] == 0x4E && $0 + 1 < p.count && p[$0 + 1] == 0xC6 }
                let marks = TextMarks(Array(p))
                #expect((marks.tableMarks + marks.spacingEvents + marks.labelStarts).sorted() == slow.sorted(), "\(t)")
            }
        }
    }

    /// `LegacyEncoding.mayDecodeVNI` is false only where `decodeVNI` is
    /// nil: every Latin-1 scalar alone, after each vowel and consonant, and
    /// before a tone mark, in both cases.
    @Test func mayDecodeVNIIsNecessary() {
        let neighbours: [Unicode.Scalar] = ["a", "e", "o", "u", "A", "O", "x", "N"]
        for v in UInt32(0x80)...0xFF {
            guard let u = Unicode.Scalar(v) else { continue }
            var words: [[Unicode.Scalar]] = [[u]]
            for n in neighbours { words += [[n, u], [n, u, "\u{F9}"], [n, "\u{E2}", u]] }
            for w in words where LegacyEncodings.decodeVNI(w) != nil {
                #expect(LegacyEncoding.mayDecodeVNI(w), "\(w.map { String($0.value, radix: 16) })")
            }
        }
    }

    /// VB505's one scan for `tắt là ` and `gọi là ` finds what
    /// `Bytes.find` finds for each, in order, at any offset and at the
    /// text's ends.
    @Test func introducerStartsInOnePass() {
        let pieces = ["tắt là ", "gọi là ", "tắt là", "gọi l", "những ", "học ", "tắt tắt là ", "gọi gọi là ", " ", "a", "ắ", "ọ", "(sau đây gọi tắt là CĐS)"].map { Array($0.utf8) }
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<400 {
            var t: [UInt8] = []
            for _ in 0..<Int(state % 40) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                t += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let fast = AbbreviationDefinedFirst.introducerStarts(t), slow = AbbreviationDefinedFirst.introducerStartsReference(t)
            #expect(fast.tat == slow.tat && fast.goi == slow.goi, "\(String(decoding: t, as: UTF8.self))")
        }
    }
}
