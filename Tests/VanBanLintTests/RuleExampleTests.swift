import Testing
@testable import VanBanLint
