#if canImport(Glibc)
import Glibc
#endif

/// Keeps the server's resident memory close to what it holds. Linting a
/// large document allocates and frees megabytes (copies of the text, line
/// tables, word indexes, the JSON of the diagnostics); glibc keeps freed
/// heap pages resident, so after a large lint the server trims the heap
/// once the client has been idle for `idleMilliseconds`.
///
/// Not between keystrokes: pages given back are faulted in again by the
/// next lint. Mapping every block of 64 KB and more on its own (a low
/// `M_MMAP_THRESHOLD`, tried before) kept the resident size 4 MB lower
/// after a 1 MB document but cost 5 ms of page faults per edit of it
/// (`Tests/e2e/bench_lsp.py`, p50 50 → 45 ms).
///
/// The glibc call is looked up at run time (`malloc.h` is not part of
/// the Glibc module); elsewhere this does nothing.
enum Memory {
    /// A text at least this large gives memory back after its lint.
    static let largeText = 256 << 10

    /// How long the client must be silent before the heap is trimmed.
    static let idleMilliseconds: Int32 = 300

    /// The same while a large document is open: trimming between two
    /// keystrokes of a typist's pause cost the next edit of a 1 MB draft
    /// about 3,300 page faults (`/proc/PID/stat` minflt: 10,000 over 20
    /// edits without pauses, 77,000 with 0.4 s pauses; some 6 ms of
    /// system time each).
    static let editingIdleMilliseconds: Int32 = 3000

    /// Returns free heap pages to the system.
    static func trim() {
        #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        if let f = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(f, to: MallocTrim.self)(0)
        }
        #endif
    }
}
