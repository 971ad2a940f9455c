/**
 * Words that make a date a deadline beyond the cue right before it (see "Deadlines in depth" in
 * ../shared/spec/annotation-guidelines.md), and the words that undo it. Lower case, NFC. The
 * matchers in lib/extract/deadlines/ are built from these lists.
 */

/** Cues that may stand before a clock time that stands before the date: "trước 17h00, ngày 5/8". */
export const CUES_BEFORE_TIME = [
  'trước',
  'đến trước',
  'chậm nhất',
  'chậm nhất là',
  'chậm nhất vào',
  'muộn nhất',
  'muộn nhất là',
  'hạn cuối',
  'hạn chót',
  'hết',
  'before',
  'by',
  'no later than',
  'not later than',
  // "Candidates have until 5 p.m. on July 22 to confirm …": time granted up to a clock time.
  'have until',
  'has until',
];

/** After the date: "ngày 25/5 là hạn cuối …", "Ngày 7/6: Hạn cuối …", "May 1 is also the latest date". */
export const DEADLINE_AFTER_DATE = [
  'hạn cuối',
  'hạn chót',
  'thời hạn cuối cùng',
  'ngày cuối cùng',
  'the deadline',
  'the latest date',
  'the last day',
  'the due date',
  'deadline',
  // "… in the first quarter of 2027 at the latest".
  'at the latest',
  'at the very latest',
];

/** Verbs of completion: with one of these in the clause, "vào", "trong", "in" give a due date. */
export const COMPLETION_WORDS = [
  'hoàn thành',
  'hoàn tất',
  'xong',
  'complete',
  'completed',
  'completing',
  'completion',
  'finish',
  'finished',
  'finishing',
  'finalise',
  'finalised',
  'finalize',
  'finalized',
  'deadline',
];

/** Verbs that hand something in or issue it: with "trong" before a month or a quarter, a limit. */
export const SUBMISSION_WORDS = [
  'gửi',
  'nộp',
  'trình',
  'báo cáo',
  'ban hành',
  // "đưa công trình vào sử dụng trong tháng 10": a work handed over for use.
  'vào sử dụng',
  'vào vận hành',
  'vào khai thác',
];
/** Nouns that end in "trình" (submit), where it submits nothing: "chương trình", "lịch trình", "tờ trình". */
export const TRINH_NOUN_HEADS = ['chương', 'quy', 'lộ', 'công', 'tiến', 'hành', 'phương', 'giáo', 'quá', 'lịch', 'tờ'];

/** Before a completion verb, these make it a report of the past, not an obligation. */
export const PAST_MARKERS = ['đã', 'đã cơ bản', 'vừa', 'had', 'has', 'have', 'was', 'were'];

/** After a cut-off date ("đến ngày 7/5, Bộ … chỉ nhận được"), these make it a status, not a due date. */
export const STATUS_MARKERS = [
  'đã',
  'vẫn chưa',
  'vẫn còn',
  'chưa',
  'mới',
  'chỉ nhận được',
  'chỉ có',
  'có',
  'had',
  'has',
  'have',
  'there were',
  'there are',
];

/** Cues a status cut-off is written with: "tính đến ngày", "đến ngày", "by July 30, …had yet to". */
export const CUT_OFF_CUES = ['tính đến', 'tính đến hết', 'đến', 'đến hết', 'hết', 'by', 'as of', 'up to'];

/** A range whose clause says these moves a due date ("extended … from May 31 to November 30"). */
export const EXTENSION_WORDS = [
  'gia hạn',
  'lùi',
  'kéo dài',
  'điều chỉnh thời hạn',
  'extend',
  'extended',
  'postpone',
  'postponed',
  'moved',
  'pushed back',
  'deferred',
  'delayed',
  'hoãn',
  'dời',
];

/**
 * A sentence that declares the dates of its schedule to be deadlines: "các mốc thời gian trên là
 * hạn cuối phải hoàn thành", "the dates below are deadlines".
 */
export const SCHEDULE_DECLARATIONS = [
  'là hạn cuối',
  'là hạn chót',
  'là thời hạn cuối cùng',
  'là thời hạn chậm nhất',
  'are deadlines',
  'are the deadlines',
  'are the latest dates',
];

/** Table column headers whose date cells are deadlines. */
export const DEADLINE_COLUMNS = [
  'thời gian hoàn thành',
  'thời hạn hoàn thành',
  'tiến độ hoàn thành',
  'thời hạn',
  'thời hạn chậm nhất',
  'ngày chậm nhất phải hoàn thành',
  'hạn hoàn thành',
  'hạn chót',
  'deadline',
  'due date',
  'due',
  'due by',
  'completion date',
  'completion deadline',
  'time of completion',
  'completion time',
  'time limit',
  'filing deadline',
  'submission deadline',
];
/** Besides the column headers, labels that make the date after them a deadline: "Hạn cuối:", "The deadline is". */
export const DEADLINE_LABELS = [
  'hạn cuối',
  'the completion date is',
  'the completion time is',
  'the deadline is',
  // "Deadline for submission: September 2027." after the item that states the task.
  'deadline for submission',
  'deadline for completion',
  'deadline for reporting',
];
/** Table column headers whose cells are read by their own cue ("Trước ngày …" is a deadline there). */
export const TIME_COLUMNS = [
  'thời gian',
  'thời gian thực hiện',
  'các mốc thời gian',
  'mốc thời gian',
  'lịch trình',
  'tiến độ',
  'tiến độ thực hiện',
  'ngày',
  'date',
  'dates',
  'key date',
  'key dates',
  'time',
  'time of implementation',
  'implementation time',
  'timing',
  'timeline',
  'schedule',
];
/** Column headers of the bodies that must act. */
export const OWNER_COLUMNS = [
  'cơ quan chủ trì',
  'đơn vị chủ trì',
  'cơ quan thực hiện',
  'đơn vị thực hiện',
  'người thực hiện',
  'người/đơn vị thực hiện',
  'cơ quan chịu trách nhiệm',
  'chủ trì',
  'agency in charge',
  'lead agency',
  'lead agencies',
  'lead unit',
  'lead units',
  'lead body',
  'implementing agency',
  'implementing unit',
  'responsible unit',
  'responsible agency',
  'responsible',
  'responsible party',
  'responsible parties',
  'responsible body',
  'responsible entity',
  'who files',
  'who must comply',
  'who must act',
  'who must file',
  'who',
  'filer',
  'owner',
  'in charge',
  // "Nội dung | Đối tượng | Thời hạn" in a notice: those who must do the row's task. Not "đối
  // tượng hỗ trợ / thụ hưởng", who receive.
  'đối tượng',
  'đối tượng thực hiện',
  'đối tượng nộp',
];

/** Column headers of supporting bodies: never owners. */
export const SUPPORT_COLUMNS = [
  'cơ quan phối hợp',
  'đơn vị phối hợp',
  'đơn vị tham gia',
  'phối hợp',
  'coordinating agencies',
  'coordinating agency',
  'coordinating units',
  'coordinating unit',
  'supporting agencies',
  'supporting units',
];
/** Column headers of what must be done. */
export const TASK_COLUMNS = [
  'nội dung',
  'nội dung công việc',
  'nội dung công tác',
  'nội dung công việc chủ yếu',
  'nhiệm vụ',
  'công việc',
  'tên nhiệm vụ',
  'tên đề án',
  'tên đề án, nội dung',
  'tên văn bản',
  'tên báo cáo',
  'đề án',
  'hạng mục',
  'hoạt động',
  'tasks',
  'task',
  'content',
  'obligation',
  'obligations',
  'what',
  'action',
  'actions',
  'action required',
  'filing',
  'filings',
  'requirement',
  'requirements',
  'activity',
  'activities',
  'item',
  'milestone',
  'milestones',
  'mốc',
];

/**
 * English verbs that deliver a thing by a time: after "must" or "is required to", "in" a quarter
 * bounds them ("must publish the list in the first quarter"). Not "report" or "monitor": "shall
 * monitor … and report … in the second quarter" says when a report is made.
 */
export const DELIVERY_VERBS_EN = [
  'publish',
  'issue',
  'submit',
  'complete',
  'finish',
  'finalise',
  'finalize',
  'promulgate',
  'adopt',
  'deliver',
  'draft',
  'develop',
  'build',
  'install',
  'upgrade',
  'launch',
  'amend',
  'revise',
];
