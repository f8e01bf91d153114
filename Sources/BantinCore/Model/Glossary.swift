/// Glossary of the Vietnamese domain terms used in bantin's code and comments.
///
/// - kết luận, thông báo kết luận (TBKL): conclusion, the notice issued after a conference → `Conclusion`
/// - trích yếu: the subject line under the type name → `ConclusionMeta.subject`
/// - tên loại: type name, e.g. "THÔNG BÁO" → `ConclusionMeta.typeName`
/// - nhiệm vụ (trọng tâm): (key) task → `RawTask`, `TaskItem`
/// - tồn tại, hạn chế: shortcomings, section II of a conclusion
/// - đơn vị: unit, a body that receives tasks → `Unit`
/// - chủ trì / phối hợp / tham mưu / theo dõi, đôn đốc / đề nghị: lead / support / advisory / monitor / requested → `UnitRole`
/// - hạn, thời hạn: deadline → `Deadline`
/// - chi bộ: party cell; xóm, thôn, ấp, bản, tổ dân phố: hamlet or neighbourhood
/// - Đảng ủy (ĐU), Ban Thường vụ (BTV), Ban Chấp hành (BCH): Party committee, its standing board, its executive
/// - nơi nhận: recipients; T/M (thay mặt), T/L (thừa lệnh), K/T (ký thay): signing authority
/// - âm lịch: lunar calendar; Tết Nguyên đán: lunar new year; rằm: 15th lunar day; mùng: days 1–10
/// - HD36 (Hướng dẫn 36-HD/VPTW): the Party's typesetting rules for documents
public enum Glossary {}
