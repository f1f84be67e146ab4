import Testing
@testable import VanBanServer
