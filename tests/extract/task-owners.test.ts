/**
 * Owners and tasks of deadlines, one family of sentences per rule, with the exclusions next to each
 * (supporting bodies, the body a report is sent to, a requester). Every sentence is our own.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../lib/extract/document';
import type { DateMention } from '../../lib/extract/types';
import '../helpers/english';

const deadlines = (text: string, lang: 'vi' | 'en' = 'vi'): DateMention[] =>
  extractDocument(text, { lang }).dates.filter((d) => d.kind === 'deadline');
const reading = (d: DateMention | undefined) => ({
  task: d?.task?.text ?? null,
  owners: (d?.owners ?? []).map((o) => o.text),
});
/** The reading of the only deadline of `text`. */
const only = (text: string, lang: 'vi' | 'en' = 'vi') => {
  const found = deadlines(text, lang);
  expect(found, text).toHaveLength(1);
  return reading(found[0]);
};

describe('owners: the subject after a comma or a frame', () => {
  it.each([
    [
      'Để kịp tiến độ sáp nhập các thôn, theo Kế hoạch, UBND cấp huyện lập danh sách cán bộ dôi dư trước ngày 12/3/2027.',
      { task: 'lập danh sách cán bộ dôi dư', owners: ['UBND cấp huyện'] },
    ],
    [
      'Căn cứ nhiệm vụ, quyền hạn được giao, Sở, ngành cấp tỉnh chủ động rà soát thủ tục nội bộ trước ngày 8/4/2027.',
      { task: 'rà soát thủ tục nội bộ', owners: ['Sở, ngành cấp tỉnh'] },
    ],
  ])('%s', (text, expected) => {
    expect(only(text)).toEqual(expected);
  });

  it('reads a frame whose plural list goes on with bare nouns to the body after it', () => {
    expect(
      only('Trên cơ sở đề xuất của các sở, ngành, địa phương, Sở Tài chính tổng hợp dự toán trước ngày 15/11/2027.'),
    ).toEqual({ task: 'tổng hợp dự toán', owners: ['Sở Tài chính'] });
    // A new plural after the frame is the subject itself.
    expect(only('Theo kế hoạch của các sở, các huyện, thị xã gửi báo cáo trước ngày 15/11/2027.').owners).toEqual([
      'các huyện, thị xã',
    ]);
  });

  it('does not take a supporting body or a recipient listed after a comma', () => {
    expect(only('Rà soát hồ sơ phối hợp với Sở Tư pháp, Sở Nội vụ thẩm định trước ngày 3/5/2027.').owners).toEqual([]);
    expect(only('Tổng hợp số liệu gửi về Sở Tài chính, Sở Kế hoạch và Đầu tư trước ngày 6/5/2027.').owners).toEqual([]);
    expect(only('Tổng hợp ý kiến của các xã, phường báo cáo UBND huyện trước ngày 5/5/2027.').owners).toEqual([]);
  });
});

describe('owners: a body name with a verb inside', () => {
  it('reads "vận tải" as part of a name, not a verb', () => {
    expect(
      only('Sau khi có kết quả thẩm định, Sở Giao thông vận tải trình UBND tỉnh phê duyệt trước ngày 10/10/2027.'),
    ).toEqual({
      task: 'trình UBND tỉnh phê duyệt',
      owners: ['Sở Giao thông vận tải'],
    });
  });
});

describe('owners: "tổ chức" as a noun, and a clause after a semicolon that opens with its verb', () => {
  it('reads "tổ chức" after a determiner or a preposition as organisations', () => {
    expect(
      only('Đề nghị các tổ chức chính trị - xã hội tỉnh vận động hội viên ủng hộ trước ngày 20/11/2027.').owners,
    ).toEqual(['các tổ chức chính trị - xã hội tỉnh']);
    expect(
      only('1. Đối với tổ chức trả thu nhập: nộp hồ sơ quyết toán cho cơ quan thuế chậm nhất là ngày 31/3/2027.'),
    ).toEqual({
      task: 'nộp hồ sơ quyết toán cho cơ quan thuế',
      owners: ['tổ chức trả thu nhập'],
    });
    // Still the verb after a body: "Sở Văn hóa tổ chức …".
    expect(only('Sở Văn hóa tổ chức các hoạt động tuyên truyền trước ngày 15/3/2027.').task).toBe(
      'tổ chức các hoạt động tuyên truyền',
    );
  });

  it("reads the subject after an item's short label and its colon", () => {
    expect(
      only('2. Điều chỉnh, hủy học phần: sinh viên đăng ký bổ sung học phần trên hệ thống trước ngày 19/9/2027.'),
    ).toEqual({
      task: 'đăng ký bổ sung học phần trên hệ thống',
      owners: ['sinh viên'],
    });
    expect(only('3. Rà soát hồ sơ: hoàn thành trước ngày 15/10/2027.').owners).toEqual([]);
  });

  it('reads "Tổ chức" that a modifier and a modal follow, and "tổ chức trả thu nhập", as organisations', () => {
    expect(
      only('Tổ chức chưa đăng ký sử dụng chứng từ điện tử phải hoàn thành đăng ký trước ngày 28/02/2027.'),
    ).toEqual({ task: 'hoàn thành đăng ký', owners: ['Tổ chức chưa đăng ký sử dụng chứng từ điện tử'] });
    expect(only('Tổ chức trả thu nhập khấu trừ thuế của người lao động trước ngày 28/02/2027.')).toEqual({
      task: 'khấu trừ thuế của người lao động',
      owners: ['Tổ chức trả thu nhập'],
    });
    // The verb, still: "Tổ chức hội nghị …", "Tổ chức kiểm tra … phải xong".
    expect(only('Tổ chức hội nghị sơ kết trước ngày 28/02/2027.').owners).toEqual([]);
    expect(only('Tổ chức kiểm tra việc thực hiện phải xong trước ngày 28/02/2027.').owners).toEqual([]);
  });

  it('takes no body from the object of a clause after a semicolon that opens with its verb', () => {
    const [, second] = deadlines(
      'UBND tỉnh đề nghị UBND các huyện thực hiện một số nội dung sau:\n1. Rà soát hồ sơ xong trước ngày 10/10/2027; hoàn thành lập danh sách hộ nghèo, hộ cận nghèo cần hỗ trợ trước ngày 25/10/2027.',
    );
    expect(reading(second)).toEqual({
      task: 'hoàn thành lập danh sách hộ nghèo, hộ cận nghèo cần hỗ trợ',
      owners: ['UBND các huyện'],
    });
  });
});

describe('owners: the document\'s addressees for "các đồng chí" and "Quý đơn vị"', () => {
  it('reads the "Kính gửi" line, or its lines one a bullet, as the owners of a second-person request', () => {
    const oneLine =
      'Kính gửi: Các huyện ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy.\n\nBan Thường vụ Tỉnh ủy đề nghị các đồng chí chỉ đạo thực hiện một số nội dung sau:\n1. Tổ chức kiểm điểm tập thể, cá nhân xong trước ngày 20/12/2027.';
    expect(only(oneLine).owners).toEqual(['Các huyện ủy', 'thị ủy', 'đảng ủy trực thuộc Tỉnh ủy']);
    const bullets =
      'Kính gửi:\n- Các tổ chức trả thu nhập trên địa bàn huyện;\n- Các hộ kinh doanh nộp thuế khoán.\n\nĐề nghị Quý đơn vị nộp tờ khai quyết toán trước ngày 31/3/2027.';
    expect(only(bullets)).toEqual({
      task: 'nộp tờ khai quyết toán',
      owners: ['Các tổ chức trả thu nhập trên địa bàn huyện', 'Các hộ kinh doanh nộp thuế khoán'],
    });
  });

  it('gives no addressee to an item that opens with "Giao thông" (no request)', () => {
    const text =
      'Kính gửi: UBND các huyện, thị xã.\n\n1. Giao thông nông thôn: hoàn thành bê tông hóa các tuyến đường trước ngày 30/9/2027.';
    expect(only(text).owners).toEqual([]);
  });

  it('gives a request that names no body ("Đề nghị khẩn trương …") to the addressees', () => {
    const text =
      'Kính gửi: Sở Tài chính; UBND các huyện.\n\n4. Đề nghị khẩn trương rà soát, gửi kết quả về Văn phòng UBND tỉnh trước ngày 25/9/2027.';
    expect(only(text).owners).toEqual(['Sở Tài chính', 'UBND các huyện']);
    expect(only(text.split('\n\n')[1] as string).owners).toEqual([]);
  });

  it('names nobody when the document has no addressee, and keeps a comrade named by title', () => {
    expect(only('Đề nghị Quý đơn vị nộp tờ khai quyết toán trước ngày 31/3/2027.').owners).toEqual([]);
    expect(
      only('Kính gửi: Các sở, ngành.\n\nĐồng chí Chủ tịch UBND huyện chỉ đạo rà soát hồ sơ trước ngày 31/3/2027.')
        .owners,
    ).toEqual(['Đồng chí Chủ tịch UBND huyện']);
  });
});

describe('owners: households, civil servants, election teams; a qualified label states the task', () => {
  it('takes "chủ hộ", "công chức …", "Tổ bầu cử" and "điểm tiêm" as bodies, read whole', () => {
    expect(only('Các chủ hộ đã nhận tiền bồi thường có trách nhiệm thu hoạch hoa màu trước ngày 30/10/2027.')).toEqual({
      task: 'thu hoạch hoa màu',
      owners: ['Các chủ hộ đã nhận tiền bồi thường'],
    });
    expect(only('UBND xã đề nghị chủ hộ liên hệ Tổ công tác trước ngày 30/10/2027.').owners).toEqual(['chủ hộ']);
    expect(only('Giao công chức Tài chính - Kế toán xã bố trí kinh phí, xong trước 25/10/2027.').owners).toEqual([
      'công chức Tài chính - Kế toán xã',
    ]);
    expect(only('Tổ bầu cử các khu vực niêm yết danh sách cử tri trước ngày 20/4/2027.').owners).toEqual([
      'Tổ bầu cử các khu vực',
    ]);
  });

  it('reads "Hạn cuối <việc>: <giờ> ngày …" as a deadline whose task is the label\'s', () => {
    expect(only('Hạn cuối đăng ký dự tuyển trực tuyến trên Cổng tuyển sinh: 17 giờ 00 ngày 25/8/2027.')).toEqual({
      task: 'đăng ký dự tuyển trực tuyến trên Cổng tuyển sinh',
      owners: [],
    });
  });
});

describe('owners: a body named by what it does, closed by the level it serves', () => {
  it('reads lower-case words after "Hội đồng", "Ban Chỉ đạo", "Tổ công tác" up to the level and its place', () => {
    expect(only('Hội đồng bồi thường, hỗ trợ, tái định cư xã lập phương án bồi thường trước ngày 30/6/2027.')).toEqual({
      task: 'lập phương án bồi thường',
      owners: ['Hội đồng bồi thường, hỗ trợ, tái định cư xã'],
    });
    expect(only('Tổ công tác thi hành án dân sự tỉnh báo cáo kết quả trước ngày 15/3/2027.').owners).toEqual([
      'Tổ công tác thi hành án dân sự tỉnh',
    ]);
    expect(
      only('Ban Chỉ đạo phòng, chống thiên tai huyện Yên Lạc phải hoàn thành kế hoạch trước ngày 15/5/2027.').owners,
    ).toEqual(['Ban Chỉ đạo phòng, chống thiên tai huyện Yên Lạc']);
  });

  it('stops at the verb when the level is a place the task is about, or when no level follows', () => {
    expect(only('Tổ công tác kiểm tra các xã, báo cáo kết quả trước ngày 15/3/2027.').owners).toEqual(['Tổ công tác']);
    expect(only('Tổ công tác kiểm tra trên địa bàn huyện trước ngày 15/3/2027.').owners).toEqual(['Tổ công tác']);
    expect(only('Hội đồng thẩm định hồ sơ trước ngày 15/3/2027.')).toEqual({
      task: 'thẩm định hồ sơ',
      owners: ['Hội đồng'],
    });
  });
});

describe('owners: one owner per body of a list', () => {
  it('keeps lower-case kinds of unit after a unit on one owner', () => {
    expect(
      only('UBND các huyện, thị xã, thành phố báo cáo kết quả về Sở Nội vụ trước ngày 25/11/2027.').owners,
    ).toEqual(['UBND các huyện, thị xã, thành phố']);
    expect(only('Các sở, ban, ngành gửi dự toán trước ngày 2/8/2027.').owners).toEqual(['Các sở, ban, ngành']);
  });

  it('keeps an office named after two bodies whole, and a list of kinds of locality on one owner', () => {
    expect(only('Văn phòng HĐND và UBND phường cập nhật dữ liệu xong trước 15/9/2027.').owners).toEqual([
      'Văn phòng HĐND và UBND phường',
    ]);
    expect(only('Ủy ban nhân dân các huyện, thành phố, thị xã báo cáo trước ngày 30/11/2027.').owners).toEqual([
      'Ủy ban nhân dân các huyện, thành phố, thị xã',
    ]);
    expect(only('Sở Tài chính và Sở Nội vụ thẩm định hồ sơ trước ngày 30/11/2027.').owners).toEqual([
      'Sở Tài chính',
      'Sở Nội vụ',
    ]);
  });

  it('splits named bodies', () => {
    expect(only('Sở Y tế, Sở Tài chính, UBND huyện Ba Vì hoàn thành kiểm kê trước ngày 5/10/2027.').owners).toEqual([
      'Sở Y tế',
      'Sở Tài chính',
      'UBND huyện Ba Vì',
    ]);
  });
});

describe('owners: a generic body narrowed by a modifier', () => {
  it.each([
    [
      'Người nộp thuế thuộc diện được miễn tiền phạt gửi văn bản đề nghị tới Chi cục Thuế chậm nhất ngày 15/8/2027.',
      { task: 'gửi văn bản đề nghị tới Chi cục Thuế', owners: ['Người nộp thuế thuộc diện được miễn tiền phạt'] },
    ],
    [
      'Các hợp tác xã có kho lạnh chưa đạt chuẩn phải lập phương án cải tạo trước ngày 20/9/2027.',
      { task: 'lập phương án cải tạo', owners: ['Các hợp tác xã có kho lạnh chưa đạt chuẩn'] },
    ],
    [
      'Các trường chưa nộp báo cáo gửi về Phòng Giáo dục trước ngày 4/10/2027.',
      { task: 'gửi về Phòng Giáo dục', owners: ['Các trường chưa nộp báo cáo'] },
    ],
    [
      'Hộ kinh doanh có nhu cầu đăng ký tại Bộ phận một cửa trước ngày 9/6/2027.',
      { task: 'đăng ký tại Bộ phận một cửa', owners: ['Hộ kinh doanh có nhu cầu'] },
    ],
  ])('%s', (text, expected) => {
    expect(only(text)).toEqual(expected);
  });

  it('reads "tổ chức, cá nhân" as the pair of actors and keeps a list of nouns inside the modifier', () => {
    expect(
      only('1. Tổ chức, cá nhân thuê đất, thuê mặt nước nộp tiền thuê đất kỳ I chậm nhất ngày 31/5/2027.').owners,
    ).toEqual(['Tổ chức', 'cá nhân thuê đất, thuê mặt nước']);
  });

  it('ends the owner at the colon of a line it opens', () => {
    expect(only('2. Đơn vị nộp theo quý hoặc theo năm: chuyển tiền chậm nhất ngày 30/10/2027.')).toEqual({
      task: 'chuyển tiền',
      owners: ['Đơn vị nộp theo quý hoặc theo năm'],
    });
  });

  it('does not narrow a named body, nor a body whose own act "có" opens', () => {
    expect(only('Sở Xây dựng có trách nhiệm tổng hợp báo cáo UBND tỉnh trước ngày 2/11/2027.').owners).toEqual([
      'Sở Xây dựng',
    ]);
    expect(only('Công an tỉnh chưa bố trí kinh phí phải báo cáo trước ngày 2/11/2027.').owners).toEqual([
      'Công an tỉnh',
    ]);
  });

  it('reads "người" and its verb as one noun ("người nộp thuế")', () => {
    expect(only('Người nộp thuế phải nộp tờ khai quý III trước ngày 31/10/2027.').owners).toEqual(['Người nộp thuế']);
  });
});

describe('owners: kinds of body and frames met in round 4', () => {
  it.each([
    [
      'Cũng theo Kế hoạch, Kho bạc Nhà nước được giao kiểm soát chi, hoàn thành đối chiếu số liệu trong tháng 9/2027.',
      ['Kho bạc Nhà nước'],
    ],
    ['- Sở Xây dựng: trên cơ sở báo cáo của các xã, tổng hợp, trình UBND tỉnh trước ngày 6/9/2027.', ['Sở Xây dựng']],
    [
      'Các Thuế cơ sở trực thuộc có trách nhiệm rà soát danh sách, hoàn thành trước ngày 15/7/2027.',
      ['Các Thuế cơ sở trực thuộc'],
    ],
    ['Công dân sinh năm 2010 hoàn thành đăng ký trước ngày 30/6/2027.', ['Công dân sinh năm 2010']],
    ['Các cụm, khối thi đua tổ chức họp bình xét, hoàn thành trước ngày 20/12/2027.', ['Các cụm, khối thi đua']],
    ['Cơ quan, đơn vị tiếp nhận phải hoàn thành việc bàn giao trong quý III/2027.', ['Cơ quan, đơn vị tiếp nhận']],
    [
      'Ban Thường vụ các huyện ủy, thị ủy, thành ủy tổ chức sơ kết, hoàn thành trước ngày 5/12/2027.',
      ['Ban Thường vụ các huyện ủy, thị ủy, thành ủy'],
    ],
    ['Các huyện ủy, thị ủy tổ chức sơ kết, hoàn thành trước ngày 5/12/2027.', ['Các huyện ủy', 'thị ủy']],
  ])('%s', (text, owners) => {
    expect(only(text).owners).toEqual(owners);
  });

  it('reads the names of a land registry and a one-stop desk whole ("đăng ký", "trả kết quả" inside)', () => {
    expect(only('Văn phòng đăng ký đất đai huyện cập nhật biến động trước ngày 3/8/2027.').owners).toEqual([
      'Văn phòng đăng ký đất đai huyện',
    ]);
    expect(only('Bộ phận tiếp nhận và trả kết quả số hóa hồ sơ trước ngày 3/8/2027.').owners).toEqual([
      'Bộ phận tiếp nhận và trả kết quả',
    ]);
  });

  it('takes parents, libraries, advisers and heads of units as bodies', () => {
    expect(only('Cha mẹ học sinh nộp đơn xin miễn giảm học phí trước ngày 20/9/2027.').owners).toEqual([
      'Cha mẹ học sinh',
    ]);
    expect(only('Thư viện thu hồi sách mượn trước ngày 14/11/2027.').owners).toEqual(['Thư viện']);
    expect(only('Đề nghị Trưởng phòng Đào tạo gửi danh sách trước ngày 5/10/2027.').owners).toEqual([
      'Trưởng phòng Đào tạo',
    ]);
  });

  it('never takes a section heading that starts with the verb "tổ chức" as a body', () => {
    const text = 'III. TỔ CHỨC THỰC HIỆN\n1. Kết quả thực hiện được báo cáo về Bộ trước ngày 10/12/2027.';
    expect(only(text).owners).toEqual([]);
  });
});

describe('owners: requests to a topic, passive agents, conditions and clauses after a semicolon', () => {
  it('asks the topic when the request after it names nobody', () => {
    expect(only('Đối với các hộ còn nợ phí vệ sinh, Ban quản lý chợ yêu cầu nộp đủ trước ngày 15/12/2027.')).toEqual({
      task: 'nộp đủ',
      owners: ['các hộ còn nợ phí vệ sinh'],
    });
    expect(
      only('Đối với chủ tàu là hợp tác xã, doanh nghiệp, đề nghị chủ động đăng ký lại chậm nhất ngày 30/11/2027.'),
    ).toEqual({ task: 'đăng ký lại', owners: ['chủ tàu là hợp tác xã, doanh nghiệp'] });
  });

  it('takes the agent of a passive ("phải được <body> <verb>") as the owner', () => {
    expect(
      only('Hồ sơ xét tặng danh hiệu phải được Hội đồng Khoa học cấp trường thẩm định trước ngày 9/1/2028.'),
    ).toEqual({
      task: 'thẩm định',
      owners: ['Hội đồng Khoa học cấp trường'],
    });
    expect(only('Đại hội chi bộ được tổ chức và hoàn thành trước ngày 31/3/2028.').owners).toEqual([]);
  });

  it('leaves a condition out and keeps "gia hạn" in the task', () => {
    expect(
      only('Trường hợp chưa kịp nộp hồ sơ, doanh nghiệp gửi văn bản đề nghị gia hạn chậm nhất là ngày 30/9/2027.'),
    ).toEqual({ task: 'gửi văn bản đề nghị gia hạn', owners: ['doanh nghiệp'] });
  });

  it('reads the task after the date when the clause before it ends in a plan word ("dự kiến")', () => {
    expect(only('Trung tâm đã chạy thử và dự kiến cuối tháng 9/2027 sẽ hoàn thành kết nối dữ liệu.').task).toBe(
      'hoàn thành kết nối dữ liệu',
    );
  });

  it('reads a headline topic before its deadline noun as a frame', () => {
    expect(only('Thi tốt nghiệp THPT: Hạn chót đăng ký dự thi là ngày 25/4/2027').task).toBe('đăng ký dự thi');
  });

  it('gives a clause after a semicolon with a subject of its own that subject', () => {
    const [, second] = deadlines(
      'Chậm nhất ngày 2/6/2027, các phòng khám hoàn thành nhập số liệu; các trạm y tế kiểm tra, gửi báo cáo về Sở Y tế trước ngày 9/6/2027.',
    );
    expect(reading(second)).toEqual({ task: 'kiểm tra, gửi báo cáo về Sở Y tế', owners: ['các trạm y tế'] });
  });
});

describe('owners: items, headings and their ranks', () => {
  const text = [
    'Chủ tịch UBND tỉnh yêu cầu:',
    '1. Chủ tịch UBND các xã, phường ven biển:',
    '- Di dời người dân khỏi vùng trũng, xong trước 17 giờ ngày 15/9/2027.',
    '2. Sở Y tế chủ trì bố trí các đội cơ động. Tổng hợp số ca cấp cứu, báo cáo UBND tỉnh trước 20 giờ ngày 16/9/2027.',
    '3. Kết quả khắc phục được báo cáo về Văn phòng UBND tỉnh trước ngày 20/9/2027.',
  ].join('\n');

  it('gives a heading with a modifier its body, and a later sentence of an item the body it opens with', () => {
    expect(deadlines(text).map((d) => reading(d).owners)).toEqual([
      ['Chủ tịch UBND các xã, phường ven biển'],
      ['Sở Y tế'],
      [],
    ]);
  });

  it('never lends a sibling heading its body', () => {
    const sibling = ['1. Sở Tư pháp:', '- Rà soát văn bản.', '2. Báo cáo kết quả trước ngày 5/10/2027.'].join('\n');
    expect(only(sibling).owners).toEqual([]);
  });

  it('takes the drafting body as the owner column ("Cơ quan chủ trì soạn thảo")', () => {
    const table = [
      '| STT | Tên văn bản | Cơ quan chủ trì soạn thảo | Cơ quan phối hợp | Thời hạn trình |',
      '| 1 | Quyết định quy định giá dịch vụ xe buýt | Sở Xây dựng | Sở Tài chính | Tháng 6/2027 |',
    ].join('\n');
    expect(only(table).owners).toEqual(['Sở Xây dựng']);
  });

  it('reads members after a colon, "các cấp công đoàn", owners parted by a semicolon', () => {
    expect(only('Đề nghị Đảng ủy các xã: Yên Lạc, Tam Hồng tổ chức đại hội xong trước ngày 30/6/2027.').owners).toEqual(
      ['Yên Lạc', 'Tam Hồng'],
    );
    expect(
      only('Ban Thường vụ đề nghị các cấp công đoàn tổ chức tuyên truyền, hoàn thành trước ngày 1/9/2027.').owners,
    ).toEqual(['các cấp công đoàn']);
    const table = [
      '| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |',
      '| 1 | Tổng hợp phiếu điều tra | Sở Nội vụ; UBND các xã, phường | 15/5/2027 |',
    ].join('\n');
    expect(only(table).owners).toEqual(['Sở Nội vụ', 'UBND các xã, phường']);
  });

  it('reads a task across a date in parentheses, and leaves "Kiên quyết" out of it', () => {
    expect(
      only(
        'Các sở tổng hợp số liệu giải ngân (số liệu tính đến hết ngày 30/9/2027), gửi Sở Tài chính trước ngày 10/10/2027.',
      ).task,
    ).toBe('tổng hợp số liệu giải ngân (số liệu tính đến hết ngày 30/9/2027), gửi Sở Tài chính');
    expect(
      only('a) Kiên quyết di dời các hộ dân đang sống ven sông đến nơi an toàn, hoàn thành trước ngày 2/8/2027.').task,
    ).toBe('di dời các hộ dân đang sống ven sông đến nơi an toàn');
  });
});

describe("round 9's review: what the new owner readers must not do", () => {
  it('keeps lists of bodies parted by semicolons, and a named body and "đơn vị liên quan" apart', () => {
    expect(
      only('Đề nghị Sở Y tế; Sở Giáo dục và Đào tạo; Sở Nội vụ rà soát, báo cáo kết quả trước ngày 30/6/2027.').owners,
    ).toEqual(['Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Sở Nội vụ']);
    expect(only('Đề nghị Công an tỉnh, đơn vị liên quan báo cáo kết quả trước ngày 30/6/2027.').owners).toEqual([
      'Công an tỉnh',
      'đơn vị liên quan',
    ]);
    const table = [
      '| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |',
      '| 1 | Rà soát quỹ đất | Lãnh đạo UBND tỉnh; Sở Tư pháp | 15/5/2027 |',
    ].join('\n');
    expect(only(table).owners).toEqual(['Lãnh đạo UBND tỉnh', 'Sở Tư pháp']);
  });

  it('takes no agent from a passive that describes ("Sau khi được …", "Các công trình được … thẩm định")', () => {
    expect(
      only('Sau khi được UBND tỉnh phê duyệt, chủ đầu tư triển khai thi công hoàn thành trước ngày 30/9/2027.').owners,
    ).toEqual(['chủ đầu tư']);
    expect(only('Các công trình được Bộ Xây dựng thẩm định phải hoàn thành trước ngày 31/12/2027.').owners).not.toEqual(
      ['Bộ Xây dựng'],
    );
  });

  it('never lends a heading past a sibling of a higher rank', () => {
    const text = [
      'a) Sở Tài chính:',
      '- Rà soát dự toán trước ngày 30/6/2027.',
      'b) Về kinh phí thực hiện:',
      '- Bố trí đủ kinh phí trước ngày 15/7/2027.',
    ].join('\n');
    expect(deadlines(text).map((d) => reading(d).owners)).toEqual([['Sở Tài chính'], []]);
  });

  it('ends a modifier at a lead word, reads "việc" + verb as its object, and lower-case members after a colon', () => {
    expect(
      only('Các sở, ngành, địa phương có liên quan tập trung triển khai, hoàn thành trước ngày 30/6/2027.').owners.at(
        -1,
      ),
    ).toBe('địa phương có liên quan');
    expect(only('Các xã chưa hoàn thành việc sắp xếp thôn phải báo cáo lý do trước ngày 30/6/2027.').owners).toEqual([
      'Các xã chưa hoàn thành việc sắp xếp thôn',
    ]);
    expect(only('Đề nghị các cơ quan: sở Tài chính, sở Xây dựng báo cáo trước ngày 30/6/2027.').owners).toEqual([
      'sở Tài chính',
      'sở Xây dựng',
    ]);
  });

  it('takes no thing as a body ("Khối lượng còn lại", a topic that names a thing), and ends an owner at ", thời hạn"', () => {
    expect(only('Khối lượng còn lại của gói thầu phải hoàn thành trước ngày 30/6/2027.').owners).toEqual([]);
    expect(
      only('Đối với công trình trường học, Sở Giáo dục và Đào tạo đề nghị hoàn thành trước ngày 15/8/2027.').owners,
    ).not.toEqual(['công trình trường học']);
    expect(only('Đối với doanh nghiệp, thời hạn nộp hồ sơ khai thuế chậm nhất là ngày 31/3/2027.')).toEqual({
      task: 'nộp hồ sơ khai thuế',
      owners: ['doanh nghiệp'],
    });
  });
});

describe('owners: round 6 (schools, English mixed)', () => {
  it('reads a heading "1. Đối với <body>" over its items, and no agent of a noun that must be handed in', () => {
    expect(
      only('1. Đối với các trường tiểu học\n- Gửi kế hoạch dạy học về Phòng Giáo dục trước ngày 10/9/2027.').owners,
    ).toEqual(['các trường tiểu học']);
    expect(only('Giấy chứng nhận do Sở Y tế cấp phải được nộp về Phòng Đào tạo trước ngày 20/5/2027.').owners).toEqual(
      [],
    );
    expect(only('Các lớp do Ban Tuyên giáo tổ chức hoàn thành trong tháng 12/2027.').owners).toEqual([
      'Ban Tuyên giáo',
    ]);
  });

  it("takes the body after a topic's colon as the subject", () => {
    expect(
      only(
        '2. Đối với lĩnh vực y tế, giáo dục: Sở Y tế, Sở Giáo dục và Đào tạo chỉ đạo các cơ sở làm sạch dữ liệu, xong trước ngày 30/4/2027.',
      ).owners,
    ).toEqual(['Sở Y tế', 'Sở Giáo dục và Đào tạo']);
  });

  it('keeps a bracketed abbreviation when another body follows it', () => {
    expect(
      only(
        'Vietnam Electricity (EVN) and the National Power Transmission Corporation (EVNNPT) must energise the line by June 30, 2027.',
        'en',
      ).owners,
    ).toEqual(['Vietnam Electricity (EVN)', 'National Power Transmission Corporation (EVNNPT)']);
    expect(only('The Ministry of Finance (MoF) must issue the guidance by May 5, 2027.', 'en').owners).toEqual([
      'Ministry of Finance',
    ]);
  });
});

describe('owners: a topic ("Đối với …") before the clause', () => {
  it('takes the subject after the topic, even when the topic is a list', () => {
    expect(
      only('Đối với học viên, giảng viên, các khoa hoàn thành việc cập nhật hồ sơ chậm nhất ngày 12/12/2027.').owners,
    ).toEqual(['các khoa']);
    expect(
      only('Đối với các trường hợp còn vướng mắc, các xã lập danh sách gửi Sở Nội vụ trước ngày 8/12/2027.').owners,
    ).toEqual(['các xã']);
  });

  it('makes the topic the owner when the clause names no body, and leaves the deadline noun out of the task', () => {
    expect(only('Đối với hộ kinh doanh nộp thuế khoán, thời hạn nộp tờ khai chậm nhất là ngày 15/12/2027.')).toEqual({
      task: 'nộp tờ khai',
      owners: ['hộ kinh doanh nộp thuế khoán'],
    });
    expect(only('- Đối với cá nhân trực tiếp khai thuế với cơ quan thuế: chậm nhất là ngày 2/5/2027.')).toEqual({
      task: null,
      owners: ['cá nhân trực tiếp khai thuế với cơ quan thuế'],
    });
  });
});

describe('owners: the body a noun subject belongs to', () => {
  it('takes "của <body>" when a verb follows the body', () => {
    expect(only('Phương án đề xuất của các phường gửi về Phòng Quản lý đô thị trước ngày 19/6/2027.')).toEqual({
      task: 'gửi về Phòng Quản lý đô thị',
      owners: ['các phường'],
    });
  });

  it('takes the agent after "do" and leaves the completed noun as the task', () => {
    expect(only('Các buổi tập huấn do Trung tâm Y tế huyện tổ chức hoàn thành trong tháng 11/2027.')).toEqual({
      task: 'Các buổi tập huấn',
      owners: ['Trung tâm Y tế huyện'],
    });
    expect(only('Hội nghị do các phường, thị trấn hoàn thành trước ngày 9/1/2028.').owners).toEqual([
      'các phường, thị trấn',
    ]);
  });

  it('keeps a request word inside the subject noun ("Hồ sơ đề nghị khen thưởng của …")', () => {
    expect(only('Hồ sơ đề nghị khen thưởng của các đơn vị gửi về Ban Thi đua trước ngày 1/11/2027.')).toEqual({
      task: 'gửi về Ban Thi đua',
      owners: ['các đơn vị'],
    });
  });

  it('never takes the requester of "theo yêu cầu của"', () => {
    expect(only('Theo yêu cầu của Bộ Xây dựng, các công trình này sẽ khởi công trước ngày 2/9/2027.').owners).toEqual(
      [],
    );
  });

  it('names no owner when the phrase runs into a purpose ("để")', () => {
    const found = only(
      'Kho bạc tạm ứng kinh phí cho Ban quản lý dự án để thi công cầu tạm, hoàn thành trong tháng 10 năm 2027.',
    );
    expect(found.owners).toEqual([]);
  });
});

describe('owners: a body described by "được … giao"', () => {
  it('keeps the description up to its comma', () => {
    expect(
      only(
        'Các phòng được Giám đốc giao theo dõi địa bàn, ngoài việc báo cáo định kỳ có trách nhiệm gửi đề xuất về Văn phòng Sở trước ngày 14/10/2027.',
      ).owners,
    ).toEqual(['Các phòng được Giám đốc giao theo dõi địa bàn']);
  });

  it('reads the member list of a described body, one owner each', () => {
    expect(
      only(
        'Vì vậy, UBND các huyện được giao là chủ đầu tư gồm: Mường Lát, Quan Sơn và Bá Thước cần lập kế hoạch giải ngân, gửi về Sở Tài chính trước ngày 7-8.',
      ),
    ).toEqual({ task: 'lập kế hoạch giải ngân, gửi về Sở Tài chính', owners: ['Mường Lát', 'Quan Sơn', 'Bá Thước'] });
  });

  it('still reads "được giao" before a task as a passive request', () => {
    expect(only('Trung tâm Dịch vụ việc làm được giao tổng hợp nhu cầu tuyển dụng trước ngày 11/11/2027.')).toEqual({
      task: 'tổng hợp nhu cầu tuyển dụng',
      owners: ['Trung tâm Dịch vụ việc làm'],
    });
  });
});

describe('owners: a request right before the cue', () => {
  it('reads the task after the date and takes the addressee of the letter', () => {
    expect(
      only(
        'Ngày 2/3, Sở Công Thương có văn bản gửi các chợ đầu mối đề nghị chậm nhất ngày 20/3/2027 phải nộp phương án phòng cháy.',
      ),
    ).toEqual({ task: 'nộp phương án phòng cháy', owners: ['các chợ đầu mối'] });
  });

  it('takes a body named after the date before the addressee', () => {
    expect(
      only(
        'Văn phòng có thông báo gửi các khoa đề nghị trước ngày 9/4/2027, các bộ môn gửi đề cương về phòng Đào tạo.',
      ),
    ).toEqual({ task: 'gửi đề cương về phòng Đào tạo', owners: ['các bộ môn'] });
  });

  it('never makes the requester the owner', () => {
    expect(only('Sở Y tế đề nghị chậm nhất ngày 1/6/2027 hoàn thành kiểm kê thuốc.')).toEqual({
      task: 'hoàn thành kiểm kê thuốc',
      owners: [],
    });
  });
});

describe('tasks: clauses chained after an earlier date', () => {
  it('shares the task of the earlier clause when the later one states none', () => {
    const [late] = deadlines('Sinh viên năm nhất sẽ nhập học sớm nhất vào ngày 3/9, muộn nhất vào ngày 12/9/2027.');
    expect(reading(late)).toEqual({ task: 'nhập học', owners: ['Sinh viên năm nhất'] });
  });

  it('makes a congress subject before a bare completion verb the task, with no owner', () => {
    const found = deadlines(
      'Hội nghị cấp thôn không quá 1 buổi và hoàn thành trước ngày 5/2/2028; Hội nghị đại biểu cấp xã không quá 2 ngày, bắt đầu từ tháng 3/2028, hoàn thành trước ngày 20/4/2028.',
    );
    expect(reading(found.at(-1))).toEqual({ task: 'Hội nghị đại biểu cấp xã', owners: [] });
    expect(
      only('Hội nghị Cựu chiến binh tỉnh được tổ chức sau khi hoàn thành hội nghị cấp huyện và xong trước 15/11/2027.'),
    ).toEqual({ task: 'Hội nghị Cựu chiến binh tỉnh', owners: [] });
  });

  it('names a body with nothing after it as the owner, with no task', () => {
    expect(only('Trước ngày 10/7/2027, Sở Nội vụ')).toEqual({ task: null, owners: ['Sở Nội vụ'] });
  });
});

describe('tasks: frames and list markers', () => {
  it.each([
    [
      'Dự kiến ngày 15/9/2027 sẽ hoàn thành nghiệm thu cấp huyện, từ 20/9 sẽ tổng kết.',
      'hoàn thành nghiệm thu cấp huyện',
    ],
    [
      'Về tiến độ: Đại hội chi đoàn bắt đầu từ tháng 2/2027 và hoàn thành chậm nhất trong tháng 4/2027.',
      'Đại hội chi đoàn',
    ],
  ])('%s', (text, task) => {
    expect(reading(deadlines(text).at(-1)).task).toBe(task);
  });

  it('skips a "1-" list marker before a fronted date (English)', () => {
    expect(only('1- Before May 4, 2027, provinces should complete their land price tables.', 'en')).toEqual({
      task: 'complete their land price tables',
      owners: ['provinces'],
    });
  });
});

describe('English owners: lists, pronouns and passives', () => {
  it('reads "asking X to", a fronted purpose, and a noun after a preposition', () => {
    expect(
      only(
        "The ministry has sent a dispatch to the People's Committee, asking Khanh Hoa province to select an investor before March 31, 2027.",
        'en',
      ),
    ).toEqual({ task: 'select an investor', owners: ['Khanh Hoa province'] });
    expect(only('To benefit, enterprises must submit the application by June 30, 2027.', 'en')).toEqual({
      task: 'submit the application',
      owners: ['enterprises'],
    });
    expect(
      only(
        'Investors of projects under the expressway programme have to complete site clearance by June 30, 2027.',
        'en',
      ).owners,
    ).toEqual(['Investors of projects under the expressway programme']);
  });

  it("reads a plan's frame before an infinitive, and a gerund that modifies a noun in a passive subject", () => {
    expect(only('The National Wage Council is expected to finalise its recommendation by August 2027.', 'en')).toEqual({
      task: 'finalise its recommendation',
      owners: ['National Wage Council'],
    });
    expect(only('The annual return and supporting documents must be filed no later than 31 March 2027.', 'en')).toEqual(
      { task: 'annual return and supporting documents must be filed', owners: [] },
    );
  });

  it("reads an item that opens with a request or a listed verb as the heading body's task", () => {
    const text = [
      "1. The provincial People's Committees shall:",
      'a) Direct investors to complete site clearance no later than June 30, 2027.',
      'b) Print and distribute the new forms to communes by July 1, 2027.',
    ].join('\n');
    expect(deadlines(text, 'en').map(reading)).toEqual([
      { task: 'Direct investors to complete site clearance', owners: ["provincial People's Committees"] },
      { task: 'Print and distribute the new forms to communes', owners: ["provincial People's Committees"] },
    ]);
  });

  it('reads past "No." inside a clause and past a document frame with its "which" aside', () => {
    expect(
      only(
        '2. The Ministry of Finance shall:\nb) Submit a draft Decree replacing Decree No. 99/2021/ND-CP on public investment, to be completed in May 2027.',
        'en',
      ),
    ).toEqual({
      task: 'Submit a draft Decree replacing Decree No. 99/2021/ND-CP on public investment',
      owners: ['Ministry of Finance'],
    });
    expect(
      only(
        'Under Decree No. 12/2027/ND-CP dated 2 March 2027, which guides Resolution No. 5/2026/QH15, large enterprises must file the new return no later than 30 June 2027.',
        'en',
      ),
    ).toEqual({ task: 'file the new return', owners: ['large enterprises'] });
  });

  it('takes the speaker for the pronoun after "said" or "announced that", and a named subject after the speech', () => {
    expect(only('The ministry said it would finish the review by June 30, 2027.', 'en')).toEqual({
      task: 'finish the review',
      owners: ['ministry'],
    });
    expect(
      only('The provincial tax departments announced that they will complete the refunds by June 30, 2027.', 'en')
        .owners,
    ).toEqual(['provincial tax departments']);
    expect(
      only('Deputy Minister Tran Van Binh said that ministries must submit their reports by June 30, 2027.', 'en')
        .owners,
    ).toEqual(['ministries']);
  });

  it('reads the members of "including" lists joined by "along with", one owner each', () => {
    expect(
      only(
        'Three agencies—including the Ministry of Transport, the Ministry of Construction, and the State Audit Office—along with 2 provinces including Lao Cai and Yen Bai have not yet published their fee tables by the March 15, 2027 deadline.',
        'en',
      ).owners,
    ).toEqual([
      'the Ministry of Transport',
      'the Ministry of Construction',
      'the State Audit Office',
      'Lao Cai',
      'Yen Bai',
    ]);
  });

  it('splits two bodies joined by "and", and keeps a name or a pair of collective nouns whole', () => {
    const owners = (text: string) => only(text, 'en').owners;
    expect(
      owners('The Ministry of Finance and the State Bank of Viet Nam must issue guidance by May 4, 2027.'),
    ).toEqual(['Ministry of Finance', 'State Bank of Viet Nam']);
    expect(
      owners('The Prime Minister asked ministers and heads of provincial agencies to report by June 1, 2027.'),
    ).toEqual(['ministers', 'heads of provincial agencies']);
    expect(owners('Household businesses and individuals must declare their income by March 31, 2027.')).toEqual([
      'Household businesses',
      'individuals',
    ]);
    expect(owners('The Ministry of Education and Training must publish the rules by April 2, 2027.')).toEqual([
      'Ministry of Education and Training',
    ]);
    expect(owners('Ministries and agencies must send their lists by April 9, 2027.')).toEqual([
      'Ministries and agencies',
    ]);
  });

  it('reads the main verb past a participle after its noun and a first word that modifies the noun', () => {
    expect(only('Permits granted under the old decree must be renewed before March 1, 2028.', 'en')).toEqual({
      task: 'Permits granted under the old decree must be renewed',
      owners: [],
    });
    expect(only('Tax offices must finish checking the declarations before May 20, 2027.', 'en').owners).toEqual([
      'Tax offices',
    ]);
    // A state that lasts until the date asks nobody.
    expect(only('The old fee tables issued in 2024 remain valid until June 30, 2027.', 'en')).toEqual({
      task: 'old fee tables issued in 2024',
      owners: [],
    });
  });

  it('gives a second task of one request the same owners, without the first task and its time', () => {
    const found = deadlines(
      'The Prime Minister asked provinces to finish land clearance before the Lunar New Year, and to hand over the sites to investors by July 15, 2027. He also asked the Ministry of Finance to issue guidance by May 2, 2027 and report the results by June 9, 2027.',
      'en',
    );
    expect(found.map(reading)).toEqual([
      { task: 'hand over the sites to investors', owners: ['provinces'] },
      { task: 'issue guidance', owners: ['Ministry of Finance'] },
      { task: 'report the results', owners: ['Ministry of Finance'] },
    ]);
  });

  it('resolves "them" to the owners of the deadline before', () => {
    const found = deadlines(
      'Ha Giang and Lai Chau provinces must finish mapping forest land by May 2, 2027. The Prime Minister has requested them to send a progress report by June 9, 2027.',
      'en',
    );
    expect(found.map(reading)).toEqual([
      { task: 'finish mapping forest land', owners: ['Ha Giang and Lai Chau provinces'] },
      { task: 'send a progress report', owners: ['Ha Giang and Lai Chau provinces'] },
    ]);
  });

  it('resolves "they" to the members listed before the request', () => {
    expect(
      only(
        'For the 4 districts that keep their borders, including: Ba Vi, Soc Son, My Duc, Ung Hoa, the Board requests that they review their land records and report to the city (before July 1, 2027).',
        'en',
      ).owners,
    ).toEqual(['Ba Vi', 'Soc Son', 'My Duc', 'Ung Hoa']);
  });

  it('reads the infinitive after the date of a subject granted time', () => {
    expect(
      only('Small cooperatives are allowed an extension until March 31, 2028, to file their annual accounts.', 'en'),
    ).toEqual({ task: 'file their annual accounts', owners: ['Small cooperatives'] });
  });

  it('gives the deadline to those given the time, not to the giver ("gave X until … to …")', () => {
    expect(
      only(
        'The provincial government has given the Department of Industry until May 30, 2028 to list the idle plants.',
        'en',
      ),
    ).toEqual({ task: 'list the idle plants', owners: ['Department of Industry'] });
    expect(only('Hanoi gives district hospitals until June 1, 2028 to upgrade their emergency rooms', 'en')).toEqual({
      task: 'upgrade their emergency rooms',
      owners: ['district hospitals'],
    });
  });

  it('keeps reading the clause when the infinitive after the date is a purpose of an active subject', () => {
    expect(only('The Department of Health must submit the plan by May 9, 2028, to inform the budget.', 'en')).toEqual({
      task: 'submit the plan',
      owners: ['Department of Health'],
    });
  });

  it('makes the subject of a planned completion the task, with no owner', () => {
    expect(only('The new ring road is expected to be completed in December 2027.', 'en')).toEqual({
      task: 'new ring road',
      owners: [],
    });
  });

  it('reads the clause after "while" or a second "and that" with its own subject', () => {
    expect(
      only(
        'The Ministry of Industry will consult the provinces on the draft, while the Ministry of Finance must publish the fee table by May 5, 2027.',
        'en',
      ),
    ).toEqual({ task: 'publish the fee table', owners: ['Ministry of Finance'] });
    const [, late] = deadlines(
      'The Customs Department will open the portal by July 1, 2027, while port operators must register their terminals by August 1, 2027.',
      'en',
    );
    expect(reading(late)).toEqual({ task: 'register their terminals', owners: ['port operators'] });
    expect(
      only(
        'The director said the agency had approved the plan, and that the Department of Roads would finish the bypass before the end of 2027.',
        'en',
      ),
    ).toEqual({ task: 'finish the bypass', owners: ['Department of Roads'] });
  });

  it('reads "is tasked with" and "is to" as obligations of the subject', () => {
    expect(
      only('The Institute of Statistics is also tasked with revising the survey forms by June 10, 2027.', 'en'),
    ).toEqual({ task: 'revising the survey forms', owners: ['Institute of Statistics'] });
    expect(only('The Hanoi Department of Construction is to submit the zoning plan by March 3, 2027.', 'en')).toEqual({
      task: 'submit the zoning plan',
      owners: ['Hanoi Department of Construction'],
    });
  });

  it('reads the verb after the modal when the subject holds a relative clause', () => {
    expect(
      only(
        'Importers that have not yet linked their accounts must complete the link with the customs portal by May 31, 2027.',
        'en',
      ),
    ).toEqual({
      task: 'complete the link with the customs portal',
      owners: ['Importers that have not yet linked their accounts'],
    });
  });

  it('gives an imperative item the owner of its heading or introduction', () => {
    const headed = ['4. Department of Transport', 'Inspect and repair the river ferries. Deadline: August 2027.'].join(
      '\n',
    );
    expect(only(headed, 'en')).toEqual({
      task: 'Inspect and repair the river ferries',
      owners: ['Department of Transport'],
    });
    const listed = [
      'Hotels with more than 50 rooms must:',
      '(a) install the guest registration software no later than 1 March 2027;',
      '(b) connect it to the police portal before 1 April 2027.',
    ].join('\n');
    expect(deadlines(listed, 'en').map(reading)).toEqual([
      { task: 'install the guest registration software', owners: ['Hotels with more than 50 rooms'] },
      { task: 'connect it to the police portal', owners: ['Hotels with more than 50 rooms'] },
    ]);
  });

  it('takes the agent of a passive after a short complement, and a body "told to" act', () => {
    expect(
      only(
        'The feasibility study must be sent to the Prime Minister by the Ministry of Transport before July 9, 2027.',
        'en',
      ).owners,
    ).toEqual(['Ministry of Transport']);
    expect(only('The State Audit Office was told to finish the audit of the airport by Q4 2027.', 'en')).toEqual({
      task: 'finish the audit of the airport',
      owners: ['State Audit Office'],
    });
  });

  it('reads the infinitive after a granted time with any verb, and leaves completion and coordination tails out', () => {
    expect(only('Exporters have until July 15, 2027 to declare their stock.', 'en')).toEqual({
      task: 'declare their stock',
      owners: ['Exporters'],
    });
    expect(only('Rural clinics must be completed before March 31, 2027.', 'en')).toEqual({
      task: 'Rural clinics',
      owners: [],
    });
    expect(
      only(
        'The Port Authority shall dredge the channel, in coordination with the Navy; to be completed by May 9, 2027.',
        'en',
      ).task,
    ).toBe('dredge the channel');
  });

  it('reads an English schedule table, a completion label after its task, and a numbered introduction', () => {
    const table = [
      'No. | Content | Unit in charge | Time of implementation',
      '1 | Hold the review conference | Office of the Provincial Party Committee | March 5, 2027',
      '2 | Submit the draft scheme to the Executive Committee | Organisation Board | Before May 15, 2027',
    ].join('\n');
    expect(only(table, 'en')).toEqual({
      task: 'Submit the draft scheme to the Executive Committee',
      owners: ['Organisation Board'],
    });
    const labelled = [
      '1. The Department of Justice shall review the fee regulations of all districts.',
      'Time of completion: before April 15, 2027.',
    ].join('\n');
    expect(only(labelled, 'en')).toEqual({
      task: 'review the fee regulations of all districts',
      owners: ['Department of Justice'],
    });
    const introduced = [
      '3. Schools and training centres shall:',
      '- Review their enrolment records by May 31, 2027;',
    ].join('\n');
    expect(only(introduced, 'en').owners).toEqual(['Schools and training centres']);
  });

  it('keeps a participle or a noun modifier in the owner, reads "orders" as a request and "Quarter IV/2030"', () => {
    expect(only('Grassroots trade unions must send their reports by May 5, 2027.', 'en').owners).toEqual([
      'Grassroots trade unions',
    ]);
    expect(only('Hotels hosting more than 50 guests must register them before July 1, 2027.', 'en')).toEqual({
      task: 'register them',
      owners: ['Hotels hosting more than 50 guests'],
    });
    expect(only('PM orders ministries to cut business conditions by June 30, 2027', 'en').owners).toEqual([
      'ministries',
    ]);
    expect(deadlines('Summary report | Ministry of Finance | Quarter IV/2030', 'en')).toHaveLength(0);
    expect(
      extractDocument('Summary report | Ministry of Finance | Quarter IV/2030', { lang: 'en' }).dates[0]?.value,
    ).toBe('2030-Q4');
  });

  it('round 9\'s review: an obligation before "before", a relative clause in the object, nouns that look like requests', () => {
    expect(deadlines('The implementing decree must be issued before July 1, 2027.', 'en')).toHaveLength(1);
    expect(deadlines('All land-use contracts must be signed before June 30, 2027.', 'en')).toHaveLength(1);
    expect(
      only('Ministries must review projects using state capital and should report the results by June 30, 2027.', 'en')
        .owners,
    ).toEqual(['Ministries']);
    expect(only('Work orders for the dyke repairs are to be completed by May 31, 2027.', 'en').task).not.toBe(
      'for the dyke repairs are',
    );
    expect(
      only('Investors must pay the land fees, while the deadline for refunds is July 1, 2027.', 'en').owners,
    ).toEqual(['Investors']);
  });

  it('names no owner for a pronoun with nothing named before it', () => {
    expect(only('The ministry has asked them to return the forms by August 3, 2027.', 'en').owners).toEqual([]);
  });

  it('names no owner for a passive subject after "to be"', () => {
    expect(
      only('The grant for 30% of the costs due to be paid this year will be moved to October 30, 2027.', 'en').owners,
    ).toEqual([]);
  });
});

describe('tasks: where the clause of a date starts and ends', () => {
  it('reads after "(date): Hạn cuối" in a headline', () => {
    expect(
      reading(deadlines('Hôm qua (14/3): Hạn cuối nộp hồ sơ học bổng khuyến tài\n\nChi tiết bên dưới.')[0]).task,
    ).toBe('nộp hồ sơ học bổng khuyến tài');
  });

  it('reads the sentence before a stray full stop ("… completed. before …")', () => {
    expect(
      only('The 5th Youth Union Congress will be convened and completed. before October 9, 2027. Other news.', 'en')
        .task,
    ).toBe('5th Youth Union Congress will be convened');
  });

  it('starts the clause inside a markup attribute left in the text', () => {
    const found = deadlines(
      '<img src="x.png" alt="Hoàn thành kiểm kê kho chậm nhất ngày 9/9/2027 Hoàn thành kiểm kê kho chậm nhất ngày 9/9/2027">',
    );
    expect(found.map((d) => reading(d).task)).toEqual(['Hoàn thành kiểm kê kho', 'Hoàn thành kiểm kê kho']);
  });

  it('keeps tasks listed after semicolons when each starts with a verb, and stops at a new time', () => {
    expect(
      reading(
        deadlines(
          'Theo lịch, ngày 4/6/2027 là hạn cuối các trường hoàn thành xét tuyển; gửi báo cáo về Sở; bàn giao hồ sơ cho phòng thi; trước ngày 9/6 các phòng in thẻ.',
        )[0],
      ),
    ).toEqual({
      task: 'hoàn thành xét tuyển; gửi báo cáo về Sở; bàn giao hồ sơ cho phòng thi',
      owners: ['các trường'],
    });
  });

  it('lends the earlier clause its owner with its task', () => {
    const found = deadlines(
      'Theo lịch năm học mới áp dụng chung cho các trường trong tỉnh, học sinh sẽ tựu trường sớm nhất vào ngày 3/8, muộn nhất vào ngày 24/8/2027.',
    );
    expect(reading(found.at(-1))).toEqual({ task: 'tựu trường', owners: ['học sinh'] });
  });
});

describe('no owner where nobody is said to act', () => {
  it('a noun before a bare completion is the task; the body after "của" in it is not its owner', () => {
    expect(
      deadlines(
        'Việc cập nhật danh mục phải hoàn thành trong tháng 10/2027, còn việc khảo sát sự hài lòng của người dân xong trước quý I/2028.',
      ).map(reading)[1],
    ).toEqual({ task: 'còn việc khảo sát sự hài lòng của người dân', owners: [] });
  });
});

describe('English: a semicolon starts an independent clause with its own subject', () => {
  it('reads the owner after the semicolon, not a document before it', () => {
    expect(
      only(
        'The scheme follows Decree 45/2026/ND-CP dated May 2, 2026; provinces must submit their lists by July 15, 2027.',
        'en',
      ),
    ).toEqual({ task: 'submit their lists', owners: ['provinces'] });
  });
});

describe('a date that heads its clause after a colon', () => {
  it('reads the completion after the date as the task, not the heading with its years', () => {
    const found = deadlines(
      'Định hướng giai đoạn 2027 - 2031: đến năm 2031 hoàn thành số hóa toàn bộ hồ sơ lưu trữ, tầm nhìn đến năm 2040.',
    );
    expect(found.map(reading)).toEqual([{ task: 'hoàn thành số hóa toàn bộ hồ sơ lưu trữ', owners: [] }]);
  });
});

describe('owners: a list introduction asks the items that name no body', () => {
  const letter = (intro: string, ...items: string[]) => [intro, '', ...items.flatMap((i) => [i, ''])].join('\n');

  it('takes the body after the request in the introduction, for each item without its own', () => {
    const text = letter(
      'Thực hiện Kế hoạch số 12/KH-UBND, Sở Tài chính đề nghị các sở, ban, ngành và UBND các xã:',
      '1. Rà soát danh mục tài sản công, gửi về Sở Tài chính trước ngày 20/5/2027.',
      '2. Về kinh phí:',
      'a) Lập dự toán năm 2028, hoàn thành trước ngày 15/7/2027.',
      '3. Trung tâm Phục vụ hành chính công cập nhật thủ tục trước ngày 30/7/2027.',
      '4. Giấy phép cấp theo thủ tục rút gọn có giá trị đến hết ngày 31/12/2027.',
    );
    expect(deadlines(text).map(reading)).toEqual([
      { task: 'Rà soát danh mục tài sản công, gửi về Sở Tài chính', owners: ['các sở, ban, ngành', 'UBND các xã'] },
      // An item that is a heading ("2. Về kinh phí:") is passed over to the introduction above it.
      { task: 'Lập dự toán năm 2028', owners: ['các sở, ban, ngành', 'UBND các xã'] },
      // An item that names its own body keeps it; a validity bound asks nobody.
      { task: 'cập nhật thủ tục', owners: ['Trung tâm Phục vụ hành chính công'] },
      { task: expect.any(String), owners: [] },
    ]);
  });

  it('takes nobody from an introduction without a request, nor across a paragraph of prose', () => {
    const plain = letter(
      'Sở Nội vụ triển khai các nội dung sau:',
      '1. Rà soát vị trí việc làm, hoàn thành trước ngày 10/6/2027.',
    );
    expect(deadlines(plain).map((d) => reading(d).owners)).toEqual([[]]);
    const broken = letter(
      'UBND tỉnh đề nghị các sở, ngành:',
      '1. Báo cáo kết quả thực hiện trước ngày 5/6/2027.',
      'Quá thời hạn trên, hồ sơ được trả lại.',
      '2. Nộp hồ sơ bổ sung trước ngày 20/6/2027.',
    );
    expect(deadlines(broken).map((d) => reading(d).owners)).toEqual([['các sở, ngành'], []]);
  });
});

describe('owners: names that hold a verb', () => {
  it.each([
    [
      'Văn phòng Đăng ký đất đai tỉnh giải quyết dứt điểm hồ sơ tồn đọng trước ngày 31/5/2027.',
      { task: 'giải quyết dứt điểm hồ sơ tồn đọng', owners: ['Văn phòng Đăng ký đất đai tỉnh'] },
    ],
    [
      'Các điểm tiếp nhận hoàn thành việc kiểm tra hồ sơ chậm nhất là ngày 5/5/2027.',
      { task: 'hoàn thành việc kiểm tra hồ sơ', owners: ['Các điểm tiếp nhận'] },
    ],
    [
      'Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh bàn giao mặt bằng trước ngày 30/6/2027.',
      { task: 'bàn giao mặt bằng', owners: ['Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng tỉnh'] },
    ],
    // The same verbs after a name that ends before them are the task.
    [
      'Sở Tư pháp xây dựng kế hoạch kiểm tra trước ngày 1/3/2027.',
      { task: 'xây dựng kế hoạch kiểm tra', owners: ['Sở Tư pháp'] },
    ],
    [
      'Các chủ đầu tư đăng ký nhu cầu vốn trước ngày 10/3/2027.',
      { task: 'đăng ký nhu cầu vốn', owners: ['Các chủ đầu tư'] },
    ],
  ])('%s', (text, expected) => {
    expect(only(text)).toEqual(expected);
  });
});

describe('labelled items and labels', () => {
  it('reads a heading with labelled fields: the "chủ trì" field owns, the heading is the task', () => {
    const text = [
      'II. NHIỆM VỤ CỤ THỂ',
      '1. Tập huấn nghiệp vụ cho công chức tư pháp cấp xã',
      'a) Đơn vị chủ trì: Phòng Hành chính tư pháp; Trung tâm Trợ giúp pháp lý.',
      'b) Đơn vị phối hợp: UBND các xã, phường.',
      'c) Thời gian hoàn thành: Quý III/2027.',
      '2. Sơ kết việc thực hiện Đề án',
      '- Thời hạn báo cáo Bộ Tư pháp: tháng 12/2027.',
      '- Nội dung: đánh giá kết quả, đề xuất giải pháp.',
    ].join('\n');
    expect(deadlines(text).map((d) => [d.text, reading(d)])).toEqual([
      [
        'Quý III/2027',
        {
          task: 'Tập huấn nghiệp vụ cho công chức tư pháp cấp xã',
          owners: ['Phòng Hành chính tư pháp', 'Trung tâm Trợ giúp pháp lý'],
        },
      ],
      // A deadline label with words of its own ("Thời hạn báo cáo Bộ Tư pháp:") still makes a deadline.
      ['tháng 12/2027', { task: 'đánh giá kết quả, đề xuất giải pháp', owners: [] }],
    ]);
  });

  it('reads English labelled items: "Lead agencies" own, "Coordinating agencies" do not, "Completion time" is due', () => {
    const text = [
      'II. TASKS',
      '1. Digitising the land records of all communes in the province for the',
      'period 2000-2020',
      '- Lead agencies: Department of Finance; Department of Construction',
      "- Coordinating agencies: Provincial Police; People's Committees of",
      'communes and wards',
      '- Completion time: before September 30, 2027.',
    ].join('\n');
    expect(deadlines(text, 'en').map((d) => reading(d))).toEqual([
      {
        task: 'Digitising the land records of all communes in the province for the\nperiod 2000-2020',
        owners: ['Department of Finance', 'Department of Construction'],
      },
    ]);
  });

  it("gives the heading's body to a lettered item whose deadline stands on a field line of its own, and to the next item", () => {
    const text = [
      'Chủ tịch UBND huyện kết luận như sau:',
      '1. Phòng Tài nguyên và Môi trường:',
      'a) Rà soát hồ sơ cấp giấy chứng nhận tồn đọng, đề xuất hướng xử lý.',
      'Thời gian hoàn thành: trước ngày 15/4/2027.',
      'b) Kiểm tra các trường hợp lấn chiếm đất công; báo cáo kết quả về UBND huyện chậm nhất ngày 30/4/2027.',
    ].join('\n');
    expect(deadlines(text).map((d) => reading(d).owners)).toEqual([
      ['Phòng Tài nguyên và Môi trường'],
      ['Phòng Tài nguyên và Môi trường'],
    ]);
  });

  it('takes a heading that is nothing but a body as the owner of its "Nội dung" and deadline fields', () => {
    const text = [
      'II. PHÂN CÔNG',
      '1. Phòng Công nghệ thông tin',
      'Nội dung: Nâng cấp hệ thống bệnh án điện tử.',
      'Thời gian hoàn thành: 30/4/2027.',
      '2. Rà soát quy trình khám bệnh',
      'Nội dung: cập nhật quy trình.',
      'Thời hạn: trước ngày 15/6/2027.',
    ].join('\n');
    expect(deadlines(text).map((d) => reading(d))).toEqual([
      { task: 'Nâng cấp hệ thống bệnh án điện tử', owners: ['Phòng Công nghệ thông tin'] },
      { task: 'cập nhật quy trình', owners: [] },
    ]);
  });

  it('reads "Công đoàn cấp trên trực tiếp cơ sở:" as one body heading over its bullets', () => {
    const text = [
      '3. Các cấp công đoàn:',
      'b) Công đoàn cấp trên trực tiếp cơ sở:',
      '- Tổng hợp danh sách đoàn viên khó khăn, gửi về Liên đoàn Lao động tỉnh trước ngày 22/12/2027.',
    ].join('\n');
    expect(only(text).owners).toEqual(['Công đoàn cấp trên trực tiếp cơ sở']);
  });

  it('reads English fields "Responsible party:", "Requirement:" and a "Completion deadline:" after its sentence', () => {
    const fields = [
      'Opening inventory data',
      'Deadline: 31/05/2027',
      'Responsible party: Enterprises with bonded warehouses',
      'Requirement: reconcile and transmit the opening inventory data.',
    ].join('\n');
    expect(only(fields, 'en')).toEqual({
      task: 'reconcile and transmit the opening inventory data',
      owners: ['Enterprises with bonded warehouses'],
    });
    expect(
      only('Provincial hospitals must connect to the national system. Completion deadline: 30/6/2027.', 'en'),
    ).toEqual({ task: 'connect to the national system', owners: ['Provincial hospitals'] });
  });

  it('reads the same item from a page, one paragraph a field', () => {
    const fields = [
      '3. Kiểm tra công tác văn thư, lưu trữ',
      '- Đơn vị thực hiện: Chi cục Văn thư - Lưu trữ.',
      '- Thời hạn: trước ngày 30/10/2027.',
    ];
    // How a page hands its blocks to extraction (lib/page/page-text.ts).
    for (const text of [fields.join('\n'), fields.join('\n\uFFFC\n')]) {
      expect(only(text)).toEqual({
        task: 'Kiểm tra công tác văn thư, lưu trữ',
        owners: ['Chi cục Văn thư - Lưu trữ'],
      });
    }
  });

  it('reads the sentence before a "Hạn chót:" label of its own', () => {
    expect(only('Sở Xây dựng tổng hợp, báo cáo UBND tỉnh kết quả kiểm tra. Hạn chót: 12/11/2027.')).toEqual({
      task: 'tổng hợp, báo cáo UBND tỉnh kết quả kiểm tra',
      owners: ['Sở Xây dựng'],
    });
  });
});

describe('a list of dates under one cue', () => {
  it('makes every member a deadline for the same task, and leaves a list of events alone', () => {
    const text = 'Các huyện gửi báo cáo quý về Sở Nội vụ trước các ngày 5/4, 5/7 và 5/10/2027.';
    expect(deadlines(text).map((d) => [d.value, reading(d)])).toEqual(
      ['2027-04-05', '2027-07-05', '2027-10-05'].map((value) => [
        value,
        { task: 'gửi báo cáo quý về Sở Nội vụ', owners: ['Các huyện'] },
      ]),
    );
    expect(deadlines('Hội nghị tập huấn diễn ra vào các ngày 12, 13 và 14/4/2027.')).toEqual([]);
  });
});

describe('owners: "chỉ đạo" directs intermediaries; the body that directs owns the task', () => {
  it('keeps the directing body as the owner', () => {
    expect(
      only('Sở Giao thông vận tải chỉ đạo các đơn vị bảo trì hoàn thành sửa chữa mặt đường trước ngày 15/10/2027.')
        .owners,
    ).toEqual(['Sở Giao thông vận tải']);
  });
});

describe('more clause shapes (held-out passages of our own)', () => {
  it('English: a clock time before the date, a frame before the subject, "due on", "on or before", "invited to"', () => {
    expect(
      only('Under the plan, coastal provinces must finish the evacuation before 5 p.m. on May 25, 2027.', 'en'),
    ).toEqual({ task: 'finish the evacuation', owners: ['coastal provinces'] });
    expect(deadlines('All boats must return to port no later than noon on May 26, 2027.', 'en')).toHaveLength(1);
    expect(deadlines('The audit report is due on 12 August 2027.', 'en')).toHaveLength(1);
    expect(only('On or before 30 June 2027 – the annual return must be filed.', 'en').task).toBe(
      'annual return must be filed',
    );
    expect(only('Members are invited to send their comments to the chamber by 10 May 2027.', 'en')).toEqual({
      task: 'send their comments to the chamber',
      owners: ['Members'],
    });
    expect(only('The decision requires all school repairs to be completed prior to 15 August 2027.', 'en')).toEqual({
      task: 'all school repairs',
      owners: [],
    });
  });

  it('English: tables headed Obligation / Responsible party / Due date', () => {
    const text = [
      'Obligation | Responsible party | Due date',
      'File the annual labour report | Employers | 15/01/2028',
    ].join('\n');
    expect(only(text, 'en')).toEqual({ task: 'File the annual labour report', owners: ['Employers'] });
  });

  it('Vietnamese: a quotation, a moved date, an obligation before "đã", a deadline as the subject', () => {
    expect(only('“Các huyện phải hoàn thành tiêm bù trước ngày 30/6/2027”, Giám đốc Sở nhấn mạnh.')).toEqual({
      task: 'hoàn thành tiêm bù',
      owners: ['Các huyện'],
    });
    expect(
      deadlines('Thời hạn nộp thuế được gia hạn, từ ngày 20/7/2027 sang ngày 20/12/2027.').map((d) => d.value),
    ).toEqual(['2027-07-20', '2027-12-20']);
    expect(only('Đến ngày 20/12/2027, các đơn vị phải chốt sổ cho người lao động đã nghỉ việc.').owners).toEqual([
      'các đơn vị',
    ]);
    expect(only('Hạn chót để thí sinh hoàn tất đăng ký nguyện vọng là 17 giờ ngày 30/7/2027.')).toEqual({
      task: 'hoàn tất đăng ký nguyện vọng',
      owners: ['thí sinh'],
    });
  });
});

describe('introductions, lists, speakers and agents', () => {
  it('takes the owner of a numbered introduction ("2. Đề nghị X:") for its dashed items', () => {
    const text = [
      '2. Đề nghị Đảng ủy các xã, thị trấn:',
      '- Rà soát danh sách đảng viên, hoàn thành trong tháng 7/2027.',
      '- Gửi báo cáo về Ban Tổ chức Huyện ủy chậm nhất ngày 31/8/2027.',
    ].join('\n');
    expect(deadlines(text).map((d) => reading(d).owners)).toEqual([
      ['Đảng ủy các xã, thị trấn'],
      ['Đảng ủy các xã, thị trấn'],
    ]);
  });

  it('English: a body before a modal introduces its bullets; a comma list ends at "and"', () => {
    const text =
      'Importers must:\n• register their labels no later than 31 March 2027;\n• file the first report by 30 June 2027.';
    expect(deadlines(text, 'en').map((d) => reading(d).owners)).toEqual([['Importers'], ['Importers']]);
    expect(
      only('The Prime Minister asked Hanoi, Hai Phong and Da Nang to hand over the land before June 30, 2027.', 'en')
        .owners,
    ).toEqual(['Hanoi', 'Hai Phong', 'Da Nang']);
  });

  it('English: the speaker is no owner; the agent of a passive is', () => {
    expect(
      only(
        'Deputy Minister Le Van Nam said the General Department of Customs would finish the system by May 9, 2027.',
        'en',
      ),
    ).toEqual({ task: 'finish the system', owners: ['General Department of Customs'] });
    expect(only('New rules must be issued by the Ministry of Health prior to 1 July 2027.', 'en').owners).toEqual([
      'Ministry of Health',
    ]);
  });
});

describe('Vietnamese: items, frames, bodies and a verb after the date', () => {
  it('reads the verb after the date when the clause before it has none', () => {
    expect(
      only(
        'Các chủ đầu tư hoàn thiện hồ sơ thanh toán, phấn đấu đến ngày 30/9/2027 giải ngân đạt trên 60% kế hoạch vốn.',
      ),
    ).toEqual({ task: 'giải ngân đạt trên 60% kế hoạch vốn', owners: ['Các chủ đầu tư'] });
    expect(
      only('Chi nhánh Văn phòng Đăng ký đất đai đến tháng 9/2027 phải hoàn thành số hóa hồ sơ địa chính.'),
    ).toEqual({
      task: 'hoàn thành số hóa hồ sơ địa chính',
      owners: ['Chi nhánh Văn phòng Đăng ký đất đai'],
    });
  });

  it('takes no subject from inside an item that opens with its verb; the introduction owns it', () => {
    const text =
      'Giao Ban Công tác Mặt trận các khu phố:\n+ Lập danh sách hộ nghèo, hộ cận nghèo đề nghị hỗ trợ, gửi về xã trước ngày 15/10/2027.';
    expect(only(text).owners).toEqual(['Ban Công tác Mặt trận các khu phố']);
  });

  it('skips a "Thực hiện <document>," frame, keeps a relative limit out of the task, splits owner cells at ";"', () => {
    expect(
      only(
        'Thực hiện Hướng dẫn số 12-HD/BTCTU của Ban Tổ chức Tỉnh ủy, các chi bộ cập nhật dữ liệu đảng viên trước ngày 30/6/2027.',
      ),
    ).toEqual({ task: 'cập nhật dữ liệu đảng viên', owners: ['các chi bộ'] });
    expect(
      only(
        'Các chi bộ gửi báo cáo về Đảng ủy trong thời hạn 15 ngày kể từ ngày kết thúc đại hội, nhưng không muộn hơn ngày 30/6/2027.',
      ).task,
    ).toBe('gửi báo cáo về Đảng ủy');
    const table = [
      'TT | Nội dung | Đơn vị chủ trì | Thời hạn',
      '1 | Bàn giao nhà tình nghĩa | Công đoàn ngành Y tế; BHXH tỉnh | Trước ngày 30/11/2027',
    ].join('\n');
    expect(only(table).owners).toEqual(['Công đoàn ngành Y tế', 'BHXH tỉnh']);
  });
});

describe('a numbered heading that names a body owns the lines under it', () => {
  it('takes the body of "2. Sở Công Thương" for its items, and for one unmarked line right under it', () => {
    const text = [
      '1. Sở Tài chính (cơ quan thường trực)',
      '- Chủ trì, phối hợp với các sở phân bổ vốn, hoàn thành trước ngày 30/6/2027.',
      '2. Sở Công Thương',
      'Thẩm định hồ sơ công nhận xã đạt tiêu chí điện, xong trước 31/8/2027.',
      '3. Triển khai thực hiện',
      '- Báo cáo kết quả trước ngày 15/10/2027.',
    ].join('\n');
    expect(deadlines(text).map((d) => reading(d).owners)).toEqual([['Sở Tài chính'], ['Sở Công Thương'], []]);
  });

  it('reads "Huy động …", "Tăng cường …" opening an item as the task under its heading\'s body', () => {
    const found = deadlines(
      '1. Đối với UBND các phường:\n- Huy động lực lượng dân quân, đoàn viên giúp các hộ dân sửa chữa nhà ở, hoàn thành trước ngày 30/9/2027.',
    );
    expect(found.map(reading)).toEqual([
      { task: 'Huy động lực lượng dân quân, đoàn viên giúp các hộ dân sửa chữa nhà ở', owners: ['UBND các phường'] },
    ]);
  });

  it('reads a lettered heading ("b) Sở Tư pháp:") and an English numbered one the same way', () => {
    const text = [
      'a) Giao Sở Nội vụ rà soát biên chế, hoàn thành trước ngày 5/3/2027.',
      'b) Sở Tư pháp:',
      '- Thẩm định dự thảo quy định, xong trước ngày 20/3/2027.',
      '- Công bố thủ tục hành chính mới chậm nhất ngày 30/3/2027.',
    ].join('\n');
    expect(deadlines(text).map((d) => reading(d).owners)).toEqual([['Sở Nội vụ'], ['Sở Tư pháp'], ['Sở Tư pháp']]);
    const english = ['2. Department of Industry and Trade', 'a) Publish the list of markets by May 10, 2027.'].join(
      '\n',
    );
    expect(only(english, 'en').owners).toEqual(['Department of Industry and Trade']);
  });
});

describe("the review's cases: what the new readers must not do", () => {
  it('leaves "tiếp tục", "Quỹ đất", a bare comma between dates and a lower-case "thực hiện" alone', () => {
    expect(only('Bộ phận tiếp tục hoàn thiện hồ sơ trước ngày 30/6/2027.').owners).toEqual(['Bộ phận']);
    expect(only('Quỹ đất phải được bàn giao trước ngày 30/6/2027.').owners).toEqual([]);
    expect(
      extractDocument('Hạn nộp hồ sơ trước ngày 30/6/2027, 15/7/2027 công bố kết quả.', { lang: 'vi' }).dates.map(
        (d) => d.kind,
      ),
    ).toEqual(['deadline', 'event']);
    expect(only('Thực hiện rà soát các văn bản, báo cáo Bộ Tư pháp trước ngày 30/6/2027.').task).toBe(
      'Thực hiện rà soát các văn bản, báo cáo Bộ Tư pháp',
    );
  });

  it('reads a heading with a colon ("1. Vụ Tổ chức cán bộ:") and an item "đ)" with a label', () => {
    expect(only('1. Vụ Tổ chức cán bộ:\n- Rà soát hồ sơ, hoàn thành trước ngày 30/6/2027.').owners).toEqual([
      'Vụ Tổ chức cán bộ',
    ]);
    expect(deadlines('\nđ) Thời hạn trình Chính phủ: tháng 11/2027.')).toHaveLength(1);
  });

  it('takes no labelled item from fields that are not a plan item ("Địa điểm:")', () => {
    expect(
      only(
        'Hội nghị tổng kết năm 2026\nĐịa điểm: Hội trường UBND tỉnh.\nThời gian: trước ngày 30/6/2027 các đơn vị gửi báo cáo.',
      ).task,
    ).not.toBe('Hội nghị tổng kết năm 2026');
  });
});

describe('table headers and field labels: one vocabulary, read by whole words', () => {
  it('reads "Hạng mục" as the task column and "Thời hạn thực hiện" as the deadline column', () => {
    const text = [
      'STT | Hạng mục | Đơn vị thực hiện | Thời hạn thực hiện',
      '1 | Cải tạo hệ thống thoát nước khu dân cư số 3 | Ban Quản lý dự án xã | Tháng 9/2027',
      '2 | Lắp đặt đèn chiếu sáng tuyến đường liên thôn | Phòng Kinh tế | 30/11/2027',
    ].join('\n');
    expect(deadlines(text).map((d) => [d.text, reading(d)])).toEqual([
      ['Tháng 9/2027', { task: 'Cải tạo hệ thống thoát nước khu dân cư số 3', owners: ['Ban Quản lý dự án xã'] }],
      ['30/11/2027', { task: 'Lắp đặt đèn chiếu sáng tuyến đường liên thôn', owners: ['Phòng Kinh tế'] }],
    ]);
  });

  it('reads a column headed "Deadline for filing" as deadlines', () => {
    const text = [
      'No. | Filing | Who files | Deadline for filing',
      '1 | Quarterly VAT return | Enterprises declaring VAT quarterly | 30 April 2027',
      '2 | Annual financial statements | Joint-stock companies | 31 March 2027',
    ].join('\n');
    expect(deadlines(text, 'en').map((d) => [d.text, reading(d)])).toEqual([
      ['30 April 2027', { task: 'Quarterly VAT return', owners: ['Enterprises declaring VAT quarterly'] }],
      ['31 March 2027', { task: 'Annual financial statements', owners: ['Joint-stock companies'] }],
    ]);
  });

  it('reads a labelled item whose deadline field is "Tiến độ thực hiện:" and whose owner field is "Đơn vị thực hiện:"', () => {
    const text = [
      '3. Số hóa hồ sơ hộ tịch giai đoạn 2015-2020',
      '- Đơn vị thực hiện: Phòng Văn hóa - Xã hội.',
      '- Tiến độ thực hiện: hoàn thành trong quý II/2027.',
    ].join('\n');
    expect(only(text)).toEqual({
      task: 'Số hóa hồ sơ hộ tịch giai đoạn 2015-2020',
      owners: ['Phòng Văn hóa - Xã hội'],
    });
  });
});

describe('round 11: news leads, obligations before a status clause, names with "Xã hội"', () => {
  it('reads the subject after a news dateline, in brackets or in capitals', () => {
    expect(only('(Báo Tin tức) - Các doanh nghiệp vận tải phải nộp báo cáo quý trước ngày 20/4/2027.')).toEqual({
      task: 'nộp báo cáo quý',
      owners: ['Các doanh nghiệp vận tải'],
    });
    expect(only('HẢI PHÒNG – Chủ đầu tư các dự án phải hoàn thành giải phóng mặt bằng trước ngày 30/9/2027.')).toEqual({
      task: 'hoàn thành giải phóng mặt bằng',
      owners: ['Chủ đầu tư các dự án'],
    });
    expect(
      only(
        'DA NANG - Seafood exporters must register their vessels with the port authority by October 15, 2027.',
        'en',
      ),
    ).toEqual({ task: 'register their vessels with the port authority', owners: ['Seafood exporters'] });
  });

  it('keeps a body whose name ends in "và Xã hội" whole', () => {
    expect(only('Sở Lao động - Thương binh và Xã hội tổng hợp danh sách trước ngày 15/5/2027.')).toEqual({
      task: 'tổng hợp danh sách',
      owners: ['Sở Lao động - Thương binh và Xã hội'],
    });
  });

  it('reads "must … by D, while others have until D2" as two deadlines, not a status cut-off', () => {
    const found = deadlines(
      'Employers must file the annual returns by March 31, 2027, while self-employed workers have until May 4, 2027.',
      'en',
    );
    expect(found.map((d) => d.text)).toEqual(['March 31, 2027', 'May 4, 2027']);
    expect(reading(found[0])).toEqual({ task: 'file the annual returns', owners: ['Employers'] });
  });
});

describe('round 11: a task named as a noun, acted on by nobody named', () => {
  it('reads "chuyển giao" as a verb of the task, not "giao" asking the body after it', () => {
    expect(
      only('Việc chuyển giao cơ sở nhà, đất dôi dư cho Trung tâm Y tế khu vực phải hoàn thành trước ngày 30/9/2027.'),
    ).toEqual({
      task: 'Việc chuyển giao cơ sở nhà, đất dôi dư cho Trung tâm Y tế khu vực',
      owners: [],
    });
  });

  it('gives no owner to a passive whose noun belongs to a body ("Kết quả … của xã phải được báo cáo")', () => {
    expect(only('Kết quả kiểm kê của xã phải được báo cáo Sở Tài chính trước ngày 15/10/2027.').owners).toEqual([]);
    // The active reading still names the body the result belongs to.
    expect(only('Kết quả kiểm kê của Phòng Kinh tế gửi Sở Tài chính trước ngày 15/10/2027.').owners).toEqual([
      'Phòng Kinh tế',
    ]);
  });
});

describe('round 11: English clauses joined by ", and", and quarters without a year', () => {
  it('reads a clause after ", and" with a subject and a modal of its own as its own clause', () => {
    const found = extractDocument(
      'The council is expected to finalise its proposal by August 2026, and the ministry will present it to the Government in the fourth quarter of 2026.',
      { lang: 'en' },
    ).dates;
    expect(found.map((d) => `${d.text}: ${d.kind}`)).toEqual([
      'August 2026: deadline',
      'fourth quarter of 2026: event',
    ]);
    const both = deadlines(
      'Provinces must report the figures by May 15, 2027, and the Ministry of Health must publish the national list by June 30, 2027.',
      'en',
    );
    expect(both.map(reading)).toEqual([
      { task: 'report the figures', owners: ['Provinces'] },
      { task: 'publish the national list', owners: ['Ministry of Health'] },
    ]);
  });

  it('keeps a verb joined by ", and" with the subject before it, even with a modal later in a relative clause', () => {
    expect(
      only(
        'The ministry shall prepare the draft decree, and submit it to the Government, which will review it, by June 30, 2027.',
        'en',
      ).owners,
    ).toEqual(['ministry']);
  });

  it('reads a quarter without its year (from the page date) as due when an obligation governs it', () => {
    const found = extractDocument('The Ministry of Construction must complete site clearance in the third quarter.', {
      lang: 'en',
      published: '2027-03-02',
    }).dates;
    expect(found.map((d) => [d.text, d.kind, d.value])).toEqual([['third quarter', 'deadline', '2027-Q3']]);
    expect(reading(found[0])).toEqual({ task: 'complete site clearance', owners: ['Ministry of Construction'] });
  });
});

describe('round 11: remits, ministries named with "và", inspectorates', () => {
  it('leaves "theo chức năng, nhiệm vụ được giao" and "theo thẩm quyền" out of owner and task', () => {
    expect(
      only(
        'Các sở, ban, ngành theo chức năng, nhiệm vụ được giao rà soát thủ tục hành chính, hoàn thành trong quý II/2027.',
      ),
    ).toEqual({ task: 'rà soát thủ tục hành chính', owners: ['Các sở, ban, ngành'] });
    expect(only('UBND các xã, phường theo thẩm quyền xử lý vi phạm về trật tự xây dựng trước ngày 30/6/2027.')).toEqual(
      {
        task: 'xử lý vi phạm về trật tự xây dựng',
        owners: ['UBND các xã, phường'],
      },
    );
  });

  it('keeps the members of a plural head whole when a ministry\'s name holds "và" or a comma', () => {
    expect(
      only(
        'Đề nghị các Sở: Văn hóa, Thể thao và Du lịch; Giáo dục và Đào tạo; Y tế báo cáo kết quả trước ngày 15/7/2027.',
      ).owners,
    ).toEqual(['Văn hóa, Thể thao và Du lịch', 'Giáo dục và Đào tạo', 'Y tế']);
    expect(
      only(
        'Bộ trưởng các Bộ: Xây dựng, Tài chính, Nông nghiệp và Môi trường rà soát các dự án, hoàn thành trong quý III/2027.',
      ).owners,
    ).toEqual(['Xây dựng', 'Tài chính', 'Nông nghiệp và Môi trường']);
    // A name with a dash, spaced or not, en dash or hyphen.
    for (const dash of [' – ', '-']) {
      expect(
        only(
          `Bộ trưởng các Bộ: Lao động${dash}Thương binh và Xã hội, Tài chính rà soát chế độ, hoàn thành trong quý III/2027.`,
        ).owners,
      ).toEqual([`Lao động${dash}Thương binh và Xã hội`, 'Tài chính']);
    }
  });

  it('reads members only after a plural of ministries or departments; "UBND các huyện:" labels its item', () => {
    expect(only('2. UBND các huyện: Khẩn trương rà soát, hoàn thành trước ngày 30/6/2027.').owners).toEqual([
      'UBND các huyện',
    ]);
  });

  it('reads "Thanh tra tỉnh" as a body, "Thanh tra việc …" and "… thanh tra Sở …" as the verb', () => {
    expect(only('Thanh tra tỉnh thanh tra Sở Tài chính và hoàn thành trước ngày 30/9/2027.').owners).toEqual([
      'Thanh tra tỉnh',
    ]);
    expect(only('Thanh tra tỉnh kiểm tra việc thực hiện, báo cáo UBND tỉnh trước ngày 30/6/2027.').owners).toEqual([
      'Thanh tra tỉnh',
    ]);
    expect(
      only('Thanh tra việc chấp hành pháp luật về đất đai tại các xã, hoàn thành trước ngày 30/9/2027.').owners,
    ).toEqual([]);
  });
});

describe('round 11: English day ranges written day-first', () => {
  it('reads a numbered stage before a date, or days that run backwards, as no range', () => {
    const dates = (text: string) => extractDocument(text, { lang: 'en' }).dates.map((d) => d.text);
    expect(dates('Stage 2 - 30 June 2027: provinces submit their plans.')).toEqual(['30 June 2027']);
    expect(dates('Closing dates: 30 - 2 July 2027 for the second call.')).toEqual(['2 July 2027']);
  });

  it('reads "from 10 to 20 July 2026" as a window, and a task joined to it keeps the clause\'s subject', () => {
    const found = extractDocument(
      'The Department of Environment shall hold a training course from 10 to 20 July 2026 and publish the guidance on its portal by 15 June 2026.',
      { lang: 'en' },
    ).dates;
    expect(found.map((d) => `${d.text}: ${d.kind}`)).toEqual([
      '10: period',
      '20 July 2026: period',
      '15 June 2026: deadline',
    ]);
    expect(reading(found[2])).toEqual({
      task: 'publish the guidance on its portal',
      owners: ['Department of Environment'],
    });
  });
});

describe('round 11: an activity or an event as subject lists its parts, not who acts', () => {
  it('names no owner after a comma inside "Việc …" or "Đại hội …" before a bare completion', () => {
    expect(
      only(
        'Việc kiểm điểm tập thể, cá nhân ở các chi bộ trực thuộc đảng ủy cơ sở phải hoàn thành trước ngày 31/12/2027.',
      ),
    ).toEqual({ task: 'Việc kiểm điểm tập thể, cá nhân ở các chi bộ trực thuộc đảng ủy cơ sở', owners: [] });
    expect(only('- Đại hội đảng bộ cơ sở, chi bộ cơ sở hoàn thành xong trước ngày 30/6/2027.')).toEqual({
      task: 'Đại hội đảng bộ cơ sở, chi bộ cơ sở',
      owners: [],
    });
  });
});

describe('round 11: "tổ chức" as the verb before a beneficiary or an event', () => {
  it('reads "yêu cầu tổ chức cho …" as a request that names no body, asking the topic', () => {
    expect(
      only(
        'Đối với UBND các xã, phường, UBND tỉnh yêu cầu tổ chức cho các chủ nhà trọ ký cam kết trước ngày 05/10/2027.',
      ).owners,
    ).toEqual(['UBND các xã, phường']);
    expect(only('Giao Phòng Văn hóa tổ chức hội nghị sơ kết trước ngày 15/11/2027.').owners).toEqual(['Phòng Văn hóa']);
    // "tổ chức xã hội" (a social organisation) is a body: "xã hội" is no event.
    expect(
      only(
        'Đối với các huyện, UBND tỉnh yêu cầu tổ chức xã hội tại địa phương hoàn thành việc rà soát trước ngày 30/6/2027.',
      ).owners,
    ).toEqual(['tổ chức xã hội tại địa phương']);
  });
});

describe("round 11: a body that labels its item owns the item's later sentences", () => {
  it('reads "c) Sở …: Chỉ đạo …. Thông xe … trước ngày …" with the labelling body as owner', () => {
    expect(
      only(
        'c) Sở Xây dựng (chủ đầu tư): Chỉ đạo nhà thầu tăng ca, bảo đảm an toàn. Thông xe kỹ thuật toàn tuyến trước ngày 30/6/2027.',
      ),
    ).toEqual({ task: 'Thông xe kỹ thuật toàn tuyến', owners: ['Sở Xây dựng'] });
  });
});

describe('round 11: "required that X be completed" asks for a thing, of nobody', () => {
  it('gives the passive after "that" no owner, alone or joined to an earlier request', () => {
    expect(only('The Prime Minister required that the transfer be completed by January 1, 2028.', 'en')).toEqual({
      task: 'transfer',
      owners: [],
    });
    expect(only('The Prime Minister required that the list be made public by January 1, 2028.', 'en').owners).toEqual(
      [],
    );
    // "be responsible for" is no passive: the body after "that" acts.
    expect(
      only(
        'The Prime Minister required that the Ministry of Finance be responsible for drafting the decree by June 30, 2027.',
        'en',
      ).owners,
    ).toEqual(['Ministry of Finance']);
    const both = deadlines(
      'The Politburo asked ministries to finalise the plans in July 2027, and required that the handover be completed by January 1, 2028.',
      'en',
    );
    expect(both.map((d) => reading(d).owners)).toEqual([['ministries'], []]);
  });
});

describe('round 12: election and congress bodies, "hạn chót:" before a clock time', () => {
  it('reads election committees and sub-committees as bodies, whole', () => {
    expect(only('Ủy ban bầu cử phường, các Ban bầu cử lập hồ sơ trước ngày 31/3/2027.')).toEqual({
      task: 'lập hồ sơ',
      owners: ['Ủy ban bầu cử phường', 'các Ban bầu cử'],
    });
    expect(only('Tiểu ban Văn kiện hoàn thành dự thảo báo cáo chính trị trước ngày 20/6/2027.').owners).toEqual([
      'Tiểu ban Văn kiện',
    ]);
  });

  it('reads "hạn chót:" with a clock time before the date as a deadline', () => {
    expect(only('Phụ huynh học sinh nộp hồ sơ tại phòng giáo vụ; hạn chót: 11 giờ 00 ngày 22/7/2027.')).toEqual({
      task: 'nộp hồ sơ tại phòng giáo vụ',
      owners: ['Phụ huynh học sinh'],
    });
  });
});

describe('round 12: English "at the latest" after the date, and passive infinitives', () => {
  it('reads "in the first quarter of 2028 at the latest" as a deadline', () => {
    const found = extractDocument(
      'Provinces have to finalise the land price tables in the first quarter of 2028 at the latest.',
      {
        lang: 'en',
      },
    ).dates;
    expect(found.map((d) => [d.text, d.kind])).toEqual([['first quarter of 2028', 'deadline']]);
  });

  it('names no owner for a subject that "will continue to be processed" until a date', () => {
    expect(
      only('Pending applications will continue to be processed under the old rules until May 31, 2028.', 'en').owners,
    ).toEqual([]);
  });
});

describe('English: a pronoun subject stands for the body the sentence before names', () => {
  it('reads "It must …" as the subject of the sentence before', () => {
    expect(
      only(
        'The provincial Department of Transport is tasked with checking the bus routes. It must publish the revised timetable by March 20, 2028.',
        'en',
      ),
    ).toEqual({ task: 'publish the revised timetable', owners: ['provincial Department of Transport'] });
  });

  it('reads "They have to …" after a frame in its own sentence', () => {
    expect(
      only(
        'Hospital directors met the inspectors on Monday. However, they have to report the shortages to the Department of Health by April 3, 2028.',
        'en',
      ).owners,
    ).toEqual(['Hospital directors']);
  });

  it('reads "asked them" as the subject of the sentence before, not the requester', () => {
    expect(
      only(
        "District People's Committees shall review the land records. The Ministry of Agriculture has asked them to send the results before May 9, 2028.",
        'en',
      ).owners,
    ).toEqual(["District People's Committees"]);
  });

  it('skips a time frame before the subject of the sentence before ("As of …,")', () => {
    expect(
      only(
        'As of March 2, the Tax Department had not yet opened the new portal. It expects to launch it by June 1, 2028.',
        'en',
      ).owners,
    ).toEqual(['Tax Department']);
  });

  it('names no owner when the sentence before names a thing, or the requester is the pronoun', () => {
    expect(
      only('The decree takes effect on January 1. It must reach every commune by March 1, 2028.', 'en').owners,
    ).toEqual([]);
    expect(
      only('The Ministry of Finance met the provinces on Monday. It asked them to report by July 1, 2028.', 'en')
        .owners,
    ).toEqual([]);
    expect(only('The new fee schedule is simpler. It must be published by August 1, 2028.', 'en').owners).toEqual([]);
  });
});

describe('English: a bare "The survey" stands for the duty the sentence before gave a body', () => {
  it('reads "The survey must be completed …" as that duty, owned by its body', () => {
    expect(
      only(
        'The Department of Construction is responsible for surveying the old apartment blocks. The survey must be completed in the second quarter of 2028.',
        'en',
      ),
    ).toEqual({ task: 'surveying the old apartment blocks', owners: ['Department of Construction'] });
    expect(
      only(
        'The State Bank is drafting a circular on digital lending. The circular is expected to be completed by September 2028.',
        'en',
      ),
    ).toEqual({ task: 'drafting a circular on digital lending', owners: ['State Bank'] });
    expect(
      only(
        'Importers must register their products with the customs office. The registration is due on 15 March 2028.',
        'en',
      ).owners,
    ).toEqual(['Importers']);
    expect(
      only(
        "Provincial People's Committees are responsible for updating the land records. The work must be finished by May 2028.",
        'en',
      ).owners,
    ).toEqual(["Provincial People's Committees"]);
  });

  it('names no owner when the sentence before gives no duty, names another thing, or stands in another paragraph', () => {
    const owners = (text: string) => only(text, 'en').owners;
    expect(
      owners('The Ministry of Finance published the draft on its portal. The draft must be finalised by June 1, 2028.'),
    ).toEqual([]);
    expect(
      owners(
        'The Department of Construction must survey the old blocks. The results of the survey must be published by June 1, 2028.',
      ),
    ).toEqual([]);
    expect(
      owners(
        'The Department of Construction must survey the old blocks. The decree must be published by June 1, 2028.',
      ),
    ).toEqual([]);
    expect(
      owners(
        'The Department of Construction is responsible for surveying the old blocks.\n\nThe survey must be completed by June 1, 2028.',
      ),
    ).toEqual([]);
  });
});

describe('English: the body a deadline is set for', () => {
  it.each([
    [
      'The ministry had set a deadline for the province to finish the resettlement area by October 31, 2028.',
      { task: 'finish the resettlement area', owners: ['province'] },
    ],
    [
      'A deadline of March 31, 2028 has also been set for the Department of Tourism to open the new booking portal.',
      { task: 'open the new booking portal', owners: ['Department of Tourism'] },
    ],
    [
      'The deadline for landlords to re-declare rental income approved before 2025 is 15 February 2028.',
      { task: 're-declare rental income approved before 2025', owners: ['landlords'] },
    ],
  ])('%s', (text, expected) => {
    expect(only(text, 'en')).toEqual(expected);
  });

  it('names no body for a deadline set for a thing', () => {
    expect(only('The deadline for payment is June 5, 2028.', 'en').owners).toEqual([]);
  });

  it('reads a body noun that compromise tags a verb as the subject ("the three communes had …")', () => {
    expect(
      only(
        'As of April 5, the three communes had handed over most of the site. They must finish the inventory by April 20, 2028.',
        'en',
      ).owners,
    ).toEqual(['three communes']);
  });
});

describe('English: agents after a passive, and the main clause after a purpose clause', () => {
  it('reads an agent with a lower-case modifier, and one after a phrasal verb and its complement', () => {
    expect(
      only("The new fee tables must be issued by provincial People's Councils no later than March 31, 2028.", 'en')
        .owners,
    ).toEqual(["provincial People's Councils"]);
    expect(
      only(
        "The cleared land must be handed over to the contractor by the People's Committee of An Phu Ward before May 15, 2028.",
        'en',
      ).owners,
    ).toEqual(["People's Committee of An Phu Ward"]);
  });

  it('takes no agent from a means ("by bank transfer")', () => {
    expect(only('The fee must be paid by bank transfer before May 1, 2028.', 'en').owners).toEqual([]);
  });

  it('reads the subject after a purpose clause that holds the date, without its article', () => {
    expect(
      only(
        'In order to finish merging the patient records in the second quarter of 2028, the Ministry of Health and the Ministry of Public Security must connect their systems.',
        'en',
      ),
    ).toEqual({
      task: 'finish merging the patient records',
      owners: ['Ministry of Health', 'Ministry of Public Security'],
    });
  });
});

describe('owners: a second deadline joined by "và" under a short heading', () => {
  it("lends the body after the heading's colon to the joined clause", () => {
    const found = deadlines(
      '3. Chế độ thông tin: Các trường học nộp số liệu tuyển sinh trước ngày 10/9/2027 và nộp báo cáo tổng kết trước ngày 30/9/2027.',
    );
    expect(found.map(reading)).toEqual([
      { task: 'nộp số liệu tuyển sinh', owners: ['Các trường học'] },
      { task: 'nộp báo cáo tổng kết', owners: ['Các trường học'] },
    ]);
  });
});

describe('owners: clauses after a semicolon that name no body', () => {
  it('take the body that opens the clause before the semicolon, past a dated topic', () => {
    expect(
      deadlines(
        'Sở Y tế đẩy nhanh việc cấp phép hành nghề; đối với các hồ sơ đã nộp trước ngày 30/6/2027, hoàn thành việc thẩm định trong tháng 9/2027.',
      ).map(reading),
    ).toEqual([{ task: 'hoàn thành việc thẩm định', owners: ['Sở Y tế'] }]);
  });

  it('take none when the clause before opens with no body', () => {
    expect(
      deadlines(
        'Đẩy nhanh việc cấp phép hành nghề; đối với các hồ sơ đã nộp trước ngày 30/6/2027, hoàn thành việc thẩm định trong tháng 9/2027.',
      ).map(reading),
    ).toEqual([{ task: 'hoàn thành việc thẩm định', owners: [] }]);
  });
});

describe('English: a body named only by its kind stands for its full name before', () => {
  it('reads "The ministry itself must …" as the ministry named in full earlier', () => {
    expect(
      only(
        'The Ministry of Industry and Trade issued the plan on May 2. The ministry itself must publish the new price bands by May 15, 2028.',
        'en',
      ).owners,
    ).toEqual(['Ministry of Industry and Trade']);
  });

  it('keeps the kind as written when no full name stands before', () => {
    expect(only('The department must finalise the draft regulation by June 30, 2028.', 'en').owners).toEqual([
      'department',
    ]);
  });
});

describe('English: a checklist heading owns its imperative items', () => {
  it('reads "What landlords should do:" and "Action items for importers:" as the items\' owners', () => {
    const found = deadlines(
      'The new rules apply from 1 March 2028.\n\nWhat landlords should do:\n- By 15 January 2028: register every rental unit online.\n- By 1 February 2028: update the tenant lists.\n\nAction items for importers:\n- Before 10 February 2028: re-declare the origin codes.',
      'en',
    );
    expect(found.map((d) => reading(d).owners)).toEqual([['landlords'], ['landlords'], ['importers']]);
  });

  it('lends no owner from "Key obligations for businesses:" to a passive item', () => {
    const found = deadlines(
      'Key obligations for businesses:\n• The old dossiers must be updated to the new form before 30 September 2028.',
      'en',
    );
    expect(found.map((d) => reading(d).owners)).toEqual([[]]);
  });
});

describe('English round 13: granted time, lower-case agents, participles and names', () => {
  it('reads "It has until … to …" and "They have until … to …" as the body the sentence before names', () => {
    expect(
      only(
        'The Ministry of Education is tasked with revising the textbook rules. It has until October 31, 2028 to submit a draft circular.',
        'en',
      ),
    ).toEqual({ task: 'submit a draft circular', owners: ['Ministry of Education'] });
    expect(
      only(
        'Bidders already on the list do not need to apply again. They have until 31 March 2028 to update their bank details.',
        'en',
      ).owners,
    ).toEqual(['Bidders already on the list']);
  });

  it('reads an agent whose last word is a body noun, past a phrasal verb and a place', () => {
    expect(
      only('Tenants of unsafe blocks must be moved by ward authorities before August 15, 2028.', 'en').owners,
    ).toEqual(['ward authorities']);
    expect(
      only(
        'Surplus land must be put up for auction by provincial land development centres no later than the fourth quarter of 2028.',
        'en',
      ).owners,
    ).toEqual(['provincial land development centres']);
    expect(
      only(
        'Existing permit holders must be re-registered on the national labour database by their employers before 30 June 2028.',
        'en',
      ).owners,
    ).toEqual(['employers']);
  });

  it('keeps an obligation sent "by registered mail" a deadline', () => {
    expect(deadlines('The signed forms must be sent by registered mail before May 1, 2028.', 'en')).toHaveLength(1);
  });

  it('reads a subject that opens with a body noun compromise tags a verb, and one with a participle and a year', () => {
    expect(
      only('Communes and wards shall finish digitising their civil status books no later than January 15, 2028.', 'en')
        .owners,
    ).toEqual(['Communes and wards']);
    expect(
      only(
        '• No later than 15 December 2027: employers planning to hire foreign staff in 2028 must explain their labour demand.',
        'en',
      ).owners,
    ).toEqual(['employers planning to hire foreign staff in 2028']);
  });

  it('reads "The Section will …" as the section named in full before it', () => {
    expect(
      only(
        'Files go to the Fisheries Section of the department. The Section will check the files before 15 May 2028.',
        'en',
      ).owners,
    ).toEqual(['Fisheries Section']);
  });
});

describe('owners: bodies that head a list without a number, and a heading that asks a body', () => {
  it('gives the items the bodies of a line of their own ending in a colon, not the requester above', () => {
    const text = [
      'Để bảo đảm tiến độ, Chủ tịch UBND tỉnh yêu cầu:',
      'Các sở, ngành và UBND các xã, phường:',
      '- Rà soát nội dung Chương trình, gửi Văn phòng UBND tỉnh trước ngày 20/01/2028;',
      '- Hoàn thiện hồ sơ các đề án, gửi Sở Tư pháp thẩm định chậm nhất ngày 15/5/2028.',
    ].join('\n');
    expect(deadlines(text).map((d) => reading(d).owners)).toEqual([
      ['Các sở, ngành', 'UBND các xã, phường'],
      ['Các sở, ngành', 'UBND các xã, phường'],
    ]);
  });

  it('gives the items of "3. Đề nghị <body>" that body', () => {
    const text = [
      '3. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      '- Hoàn thành cập nhật dữ liệu đất đai trong quý II/2028.',
    ].join('\n');
    expect(only(text).owners).toEqual(['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
  });
});

describe('owners: an activity led by the body after "do"', () => {
  it('reads "Việc … do <body> chủ trì thực hiện, hoàn thành …": the body owns, the activity is the task', () => {
    expect(
      only(
        '2. Việc rà soát, cập nhật hồ sơ công chức cấp xã do Trường Chính trị tỉnh chủ trì thực hiện, hoàn thành trong quý III/2028.',
      ),
    ).toEqual({ task: 'Việc rà soát, cập nhật hồ sơ công chức cấp xã', owners: ['Trường Chính trị tỉnh'] });
  });

  it('reads no owner after "do" that means "because of"', () => {
    expect(only('Việc sửa chữa trường học bị hư hỏng do bão phải hoàn thành trước ngày 30/9/2028.').owners).toEqual([]);
  });
});

describe('owners: polite forms that name a kind of body, and members named by their role', () => {
  it('keeps "Quý hộ kinh doanh", "Quý doanh nghiệp" as written, with or without addressees', () => {
    expect(
      only('Đề nghị Quý hộ kinh doanh, cá nhân kinh doanh cập nhật tài khoản ngân hàng trước ngày 31/01/2028.').owners,
    ).toEqual(['Quý hộ kinh doanh', 'cá nhân kinh doanh']);
    expect(
      only('Kính gửi: Các doanh nghiệp trên địa bàn.\n\nĐề nghị Quý doanh nghiệp nộp báo cáo trước ngày 20/01/2028.')
        .owners,
    ).toEqual(['Quý doanh nghiệp']);
  });

  it('keeps "các đồng chí đảng viên" as written, while bare "các đồng chí" stands for the addressees', () => {
    expect(
      only(
        'Kính gửi: Các chi bộ trực thuộc.\n\nYêu cầu các đồng chí đảng viên hoàn thành bản tự kiểm điểm trước ngày 05/12/2027.',
      ).owners,
    ).toEqual(['các đồng chí đảng viên']);
    expect(
      only('Kính gửi: Các chi bộ trực thuộc.\n\nĐề nghị các đồng chí hoàn thành kiểm điểm trước ngày 05/12/2027.')
        .owners,
    ).toEqual(['Các chi bộ trực thuộc']);
  });
});

describe('owners: a bare "Sở" stands for the department named in full before it', () => {
  it('reads "Sở có trách nhiệm: …" after "Sở Khoa học và Công nghệ …" as that department', () => {
    const text = [
      '2. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng số dùng chung.',
      'Sở có trách nhiệm:',
      '- Hoàn thành kết nối hệ thống quản lý văn bản trước ngày 30/9/2028;',
    ].join('\n');
    expect(only(text).owners).toEqual(['Sở Khoa học và Công nghệ']);
  });

  it('keeps "Sở" as written when no department is named before it', () => {
    expect(only('Sở có trách nhiệm tổng hợp báo cáo trước ngày 30/9/2028.').owners).toEqual(['Sở']);
  });
});

describe("round 13's review: what the new owner readers must not do", () => {
  const owners = (text: string, lang: 'vi' | 'en' = 'en') => deadlines(text, lang).map((d) => reading(d).owners);

  it('lets "They" stand only for several bodies and "It" for one', () => {
    expect(
      owners(
        'The Ministry of Health published a list of provincial hospitals. They must upgrade their emergency wards by June 30, 2028.',
      ),
    ).toEqual([[]]);
  });

  it('takes no owner from a deadline set for a thing, an agent that is a means, or a checklist for a period', () => {
    expect(owners('The deadline for tax finalisation for individuals is May 4, 2028.')).toEqual([[]]);
    expect(owners('The deadline for the office renovation is June 30, 2028.')).toEqual([[]]);
    expect(owners('Tuition fees must be paid by bank transfer to the school before September 5, 2028.')).toEqual([[]]);
    expect(owners('Identities must be verified by electronic VNeID accounts before July 1, 2028.')).toEqual([[]]);
    expect(owners('Action items for Q1 2028:\n- Submit the annual emissions report by March 31, 2028.')).toEqual([[]]);
  });

  it('takes the subject ministry over a later object, and keeps "its board" its own', () => {
    expect(
      owners(
        'The Ministry of Health met the Ministry of Education and Training on school meals. The ministry must publish the new standards by August 1, 2028.',
      ),
    ).toEqual([['Ministry of Health']]);
    expect(
      owners(
        'The Board of Directors of PetroVietnam met on Monday. Vietnam Airlines said its board must approve the plan by June 30, 2028.',
      ),
    ).toEqual([['board']]);
  });

  it('leaves a dangling "that do not" out of a subject compromise cut short', () => {
    expect(owners('Companies that do not comply do not need to pay the fine by June 30, 2028 if they appeal.')).toEqual(
      [['Companies']],
    );
  });

  it('keeps the "An" of "An Giang" in a list of owners', () => {
    expect(owners('Ho Chi Minh City, Dong Nai and An Giang must finish site clearance by June 30, 2028.')).toEqual([
      ['Ho Chi Minh City', 'Dong Nai', 'An Giang'],
    ]);
  });

  it('lends no body across a semicolon to a clause with a subject of its own, nor after a "do" of cause', () => {
    expect(
      owners(
        'Sở Tài chính tổng hợp nhu cầu kinh phí trước ngày 15/3/2028; đối với các dự án khởi công từ ngày 01/4/2028, hồ sơ quyết toán được gửi trước ngày 30/9/2028.',
        'vi',
      ),
    ).toEqual([['Sở Tài chính'], []]);
    expect(
      owners(
        'Việc nâng cấp đường tỉnh bị kéo dài, do Công ty Cổ phần Xây dựng 47 thiếu nhân lực, nay phải hoàn thành trước ngày 30/6/2028.',
        'vi',
      ),
    ).toEqual([[]]);
  });

  it('lends a line of bodies no item that names its own agent, and reads "mỗi quý" as a quarter', () => {
    expect(
      owners(
        'Các sở, ngành và UBND các xã, phường:\n- Hồ sơ dự án được Sở Kế hoạch và Đầu tư thẩm định trước ngày 30/6/2028.',
        'vi',
      ),
    ).toEqual([[]]);
    expect(owners('Mỗi quý hộ kinh doanh phải kê khai doanh thu trước ngày 30/7/2028.', 'vi')).toEqual([[]]);
  });

  it('gives "các đồng chí ủy viên" the addressees, as bare "các đồng chí"', () => {
    expect(
      owners(
        'Kính gửi: Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.\n\nVăn phòng Tỉnh ủy đề nghị các đồng chí ủy viên cho ý kiến vào dự thảo trước ngày 20/3/2028.',
        'vi',
      ),
    ).toEqual([['Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy']]);
  });
});

describe('English: a group named by a relative clause', () => {
  it('reads "Those who wish to attend should register …" with the group as the owner', () => {
    expect(only('Those who wish to attend should register with the Secretariat by 10 June 2028.', 'en')).toEqual({
      task: 'register with the Secretariat',
      owners: ['Those who wish to attend'],
    });
    expect(only('Those must be filed by 10 June 2028.', 'en').owners).toEqual([]);
  });
});

describe('owners: list introductions read past an indent, and "ban hành" is no board', () => {
  it('reads the bodies of an indented line of bodies for the indented items under it', () => {
    const text = [
      'Chủ tịch UBND huyện yêu cầu:',
      '  Phòng Tài chính - Kế hoạch và UBND các xã:',
      '  - Rà soát nguồn vốn đối ứng các công trình giao thông nông thôn trước ngày 14/5/2027.',
    ].join('\n');
    expect(only(text).owners).toEqual(['Phòng Tài chính - Kế hoạch', 'UBND các xã']);
  });

  it('names nobody for items under "Điều 1. Ban hành Kế hoạch … như sau:"', () => {
    const text = [
      'Điều 1. Ban hành Kế hoạch thời gian năm học 2027-2028 của giáo dục thường xuyên như sau:',
      '1. Hoàn thành chương trình học kỳ I trước ngày 15/01/2028.',
    ].join('\n');
    expect(only(text).owners).toEqual([]);
  });
});

describe('owners: "theo dõi" is a verb', () => {
  it('ends the body before "theo dõi" and opens the task with it', () => {
    expect(
      only(
        'Văn phòng Sở Y tế theo dõi, đôn đốc các bệnh viện; tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 05/6/2027.',
      ),
    ).toEqual({
      task: 'theo dõi, đôn đốc các bệnh viện; tổng hợp kết quả, báo cáo Giám đốc Sở',
      owners: ['Văn phòng Sở Y tế'],
    });
  });
});

describe('round 15: notes, lead units, a cue said twice, a named subject after a topic', () => {
  it('reads past a note label ("Ghi chú:", "Note:") to the subject', () => {
    expect(only('Ghi chú: Các sở, ngành gửi báo cáo kết quả về Sở Nội vụ trước ngày 05/12/2027.')).toEqual({
      task: 'gửi báo cáo kết quả về Sở Nội vụ',
      owners: ['Các sở, ngành'],
    });
    expect(only('Note: Exporters must file the new forms by June 5, 2027.', 'en').owners).toEqual(['Exporters']);
  });

  it('keeps "chủ trì" in "Các đơn vị chủ trì" when a verb follows it, and reads "Sở … chủ trì tổ chức" as before', () => {
    expect(only('Các đơn vị chủ trì gửi báo cáo tiến độ về Sở Kế hoạch trước ngày 10/11/2027.').owners).toEqual([
      'Các đơn vị chủ trì',
    ]);
    expect(only('Sở Y tế chủ trì tổ chức kiểm tra an toàn thực phẩm trước ngày 10/11/2027.')).toEqual({
      task: 'tổ chức kiểm tra an toàn thực phẩm',
      owners: ['Sở Y tế'],
    });
  });

  it('gives a second cue joined by "và" with nothing after its date the same task', () => {
    const found = deadlines(
      'Các sở, ngành báo cáo tình hình thực hiện về Sở Kế hoạch trước ngày 15/6/2027 (báo cáo 6 tháng) và trước ngày 15/12/2027 (báo cáo năm).',
    );
    expect(found.map(reading)).toEqual([
      { task: 'báo cáo tình hình thực hiện về Sở Kế hoạch', owners: ['Các sở, ngành'] },
      { task: 'báo cáo tình hình thực hiện về Sở Kế hoạch', owners: ['Các sở, ngành'] },
    ]);
  });

  it('reads a named subject after a topic whole: "Đối với …, UBND các xã, phường chủ trì …"', () => {
    expect(
      only(
        'Đối với các hộ đang có tranh chấp đất đai, UBND các xã, phường chủ trì hòa giải, gửi kết quả về Sở Tư pháp trước ngày 31/5/2027.',
      ).owners,
    ).toEqual(['UBND các xã, phường']);
  });
});

describe('English: a body before "including" and a list that names no body', () => {
  it('owns the deadline itself; the included things are examples', () => {
    expect(
      only(
        'Contractors of the new metro lines, including the elevated sections and the depots near the river, are required to finish the safety checks by May 30, 2027.',
        'en',
      ).owners,
    ).toEqual(['Contractors of the new metro lines']);
  });

  it('keeps named members as the owners', () => {
    expect(
      only(
        'Several localities, including Hanoi, Hai Phong and Quang Ninh, must report the flood damage by August 1, 2027.',
        'en',
      ).owners,
    ).toEqual(['Hanoi', 'Hai Phong', 'Quang Ninh']);
  });
});

describe('English passives: a gerund subject, and an agent before its means', () => {
  it('reads "Resurfacing of … must be completed by contractors" as a passive with its agent', () => {
    expect(only('Resurfacing of the provincial roads must be completed by contractors in March 2028.', 'en')).toEqual({
      task: 'Resurfacing of the provincial roads',
      owners: ['contractors'],
    });
  });

  it('ends the agent before "through" or "via": "by importers through the portal"', () => {
    expect(
      only('Annual sales data must be reported by importers through the customs portal by April 2, 2028.', 'en').owners,
    ).toEqual(['importers']);
  });
});

describe('English: an adverb before "required", and a speaker after the date', () => {
  it('reads "They are also required to …" as the pronoun, resolved to the subject before', () => {
    expect(
      only(
        'Provincial customs offices must clear urgent relief cargo within one day. They are also required to report the cleared volumes to the General Department by July 9, 2028.',
        'en',
      ).owners,
    ).toEqual(['Provincial customs offices']);
  });

  it('reads the clause before a date that only a speaker follows', () => {
    expect(
      only(
        'The Ministry of Construction must finish the housing survey, which covers all 34 provinces, by the end of May 2028, a ministry official said.',
        'en',
      ),
    ).toEqual({
      task: 'finish the housing survey, which covers all 34 provinces',
      owners: ['Ministry of Construction'],
    });
  });
});

describe('English: ", meaning <body> has to …" opens a clause of its own', () => {
  it('reads the body after "meaning" as the owner', () => {
    expect(
      only(
        'Fees must be published a month before they apply, meaning the Ministry of Finance has to issue the schedule no later than May 31, 2028.',
        'en',
      ),
    ).toEqual({ task: 'issue the schedule', owners: ['Ministry of Finance'] });
  });
});

describe('English passives: two participles, an agent before "to", and a means after the date', () => {
  it('finds the agent after "listed and reported", and ends it before "to the department"', () => {
    expect(
      only('Overdue permits must be listed and reported by districts to the department before June 2, 2028.', 'en')
        .owners,
    ).toEqual(['districts']);
  });

  it('reads the clause before a date that only a means follows ("…, by email to …")', () => {
    expect(
      only(
        'Written comments must be submitted by member firms to the Secretariat, no later than May 3, 2028, by email to the chamber.',
        'en',
      ),
    ).toEqual({ task: 'Written comments must be submitted', owners: ['member firms'] });
  });
});

describe('English: imperatives of translated plans under a heading that names the body', () => {
  it('reads "Preside over …" and "Select …" as the task of the heading\'s body', () => {
    const found = deadlines(
      [
        'IV. IMPLEMENTATION',
        '1. Department of Health',
        '- Preside over and coordinate with district hospitals in drafting a plan for rural clinics, and submit it for approval before August 31, 2028.',
        '2. Department of Home Affairs',
        "Select candidates for the 2029 civil service exam and send the list to the Provincial People's Committee no later than October 15, 2028.",
      ].join('\n'),
      'en',
    );
    expect(found.map((d) => d.owners?.map((o) => o.text))).toEqual([
      ['Department of Health'],
      ['Department of Home Affairs'],
    ]);
  });
});

describe("review of round 15's rules: where they must not fire", () => {
  const owners = (text: string) => deadlines(text, 'en').map((d) => d.owners?.map((o) => o.text));

  it('borrows no duty from a plan, a state, another thing, or a sentence that borrowed one itself', () => {
    expect(
      owners(
        'The Ministry of Construction will inspect the project next week. The project must be completed by December 31, 2027.',
      ),
    ).toEqual([[]]);
    expect(
      owners(
        'Investors must pay compensation to affected households. The investigation is expected to be completed by June 30, 2027.',
      ),
    ).toEqual([[]]);
    expect(
      owners(
        'The Ministry of Construction is tasked with inspecting the bridges. The work must be completed by June 30, 2027. The work must be reported by July 31, 2027.',
      ),
    ).toEqual([['Ministry of Construction'], []]);
  });

  it('reads the last active "give" before "until", not a fronted "Given" or a passive "was given"', () => {
    expect(owners('Given the delays, the contractor has until June 30, 2027 to finish the bridge.')).toEqual([
      ['contractor'],
    ]);
    expect(
      owners(
        'The city, which was given a larger budget last year, has given districts until July 30, 2027 to finish the work.',
      ),
    ).toEqual([['districts']]);
  });

  it('keeps "on", "at" and "in" inside an agent, and reads past a participle frame', () => {
    expect(
      owners("The bill must be reviewed by the National Assembly's Committee on Economic Affairs by June 30, 2027."),
    ).toEqual([["National Assembly's Committee on Economic Affairs"]]);
    expect(
      owners("Building on last year's results, the Ministry of Finance must submit the plan by June 30, 2027."),
    ).toEqual([['Ministry of Finance']]);
  });

  it('keeps lower-case bodies that a list includes, and reads "including to …" as no list', () => {
    expect(
      owners(
        'Several agencies, including the tax department and the customs department, must report by June 30, 2027.',
      ),
    ).toEqual([['the tax department and the customs department']]);
    expect(
      owners('Firms that move data abroad, including to a parent company, must file an assessment by July 31, 2027.'),
    ).toEqual([['Firms that move data abroad']]);
  });

  it('dates a bare quarter only after a word of time, with its own year after a comma', () => {
    const found = extractDocument(
      'The plan must be approved by Q3, 2028. The office is at 86 Le Thanh Ton Street, Q1, Ho Chi Minh City. Sales fell in Q4 last year.',
      { lang: 'en', published: '2027-03-02' },
    ).dates;
    expect(found.map((d) => [d.text, d.value])).toEqual([['Q3, 2028', '2028-Q3']]);
  });

  it('reads "the deadline for self-filers moves to …, Monday, <date>" as a deadline for them, not a page stamp', () => {
    const found = extractDocument(
      'Because 30 April and 1 May are holidays, the deadline for self-filers moves to the next working day, Monday, 3 May 2027.',
      { lang: 'en', published: '2027-03-02' },
    ).dates.filter((d) => d.kind === 'deadline');
    expect(found.map((d) => [d.text, d.owners?.map((o) => o.text)])).toEqual([['3 May 2027', ['self-filers']]]);
  });
});

describe("review of round 15's rules: tables and lead units", () => {
  it('joins no prose line, and no line after a blank one, to a short row; a | row after a blank line still continues', () => {
    const read = (text: string) => deadlines(text).map((d) => [d.text, d.task?.text, d.owners?.map((o) => o.text)]);
    expect(
      read(
        'TT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tRà soát văn bản\tSở Tư pháp\tQuý II/2027\n2\tTổng kết, đánh giá\tVăn phòng UBND tỉnh\nđề nghị các sở, ngành gửi báo cáo trước ngày 15/12/2027.',
      ),
    ).toEqual([
      ['Quý II/2027', 'Rà soát văn bản', ['Sở Tư pháp']],
      ['ngày 15/12/2027', 'gửi báo cáo', ['các sở, ngành']],
    ]);
    expect(
      read(
        '| TT | Nội dung | Cơ quan chủ trì | Thời hạn |\n| 1 | Rà soát văn bản quy phạm | Sở Tư pháp |\n\n| Chậm nhất ngày 30/6/2027 |',
      ),
    ).toEqual([['ngày 30/6/2027', 'Rà soát văn bản quy phạm', ['Sở Tư pháp']]]);
  });

  it('keeps "chủ trì soạn thảo" in the lead unit\'s name', () => {
    expect(only('Cơ quan chủ trì soạn thảo gửi hồ sơ thẩm định đến Sở Tư pháp trước ngày 30/6/2027.')).toEqual({
      task: 'gửi hồ sơ thẩm định đến Sở Tư pháp',
      owners: ['Cơ quan chủ trì soạn thảo'],
    });
  });
});

describe('English: an enumeration word before the subject', () => {
  it('reads past "Third," to the body', () => {
    expect(only('Third, each district hospital must send its bed report by May 9, 2028.', 'en').owners).toEqual([
      'each district hospital',
    ]);
  });
});

describe('English: "have until" a clock time, and a hyphenated verb after it', () => {
  it('reads "have until 5 p.m. on <date> to …" as a deadline, and "to re-register" as its task', () => {
    expect(only('Applicants have until 5 p.m. on July 22, 2028 to confirm their places online.', 'en')).toEqual({
      task: 'confirm their places online',
      owners: ['Applicants'],
    });
    expect(only('Freight forwarders have until 31 December 2028 to re-register their codes.', 'en').task).toBe(
      're-register their codes',
    );
    expect(
      extractDocument('The office stays open until 5 p.m. on July 22, 2028.', { lang: 'en' }).dates.map((d) => d.kind),
    ).toEqual(['event']);
  });
});

describe('English: a wire dateline with its date and agency', () => {
  it('skips "HANOI, March 2, 2028 (VNA) –" before the subject', () => {
    expect(
      only('HANOI, March 2, 2028 (VNA) – Importers of used cars must register their stocks by April 30, 2028.', 'en')
        .owners,
    ).toEqual(['Importers of used cars']);
  });
});

describe('round 17: clauses after a semicolon, lists and labels on one line', () => {
  it('reads the clause after "; chậm nhất ngày …" when the date opens it', () => {
    expect(
      only('- Phổ biến quy chế mới tới các tổ dân phố; chậm nhất ngày 12/9/2027 hoàn thành việc niêm yết công khai.'),
    ).toMatchObject({ task: 'hoàn thành việc niêm yết công khai' });
  });

  it('takes the members of a board as its owner', () => {
    expect(
      only('Các thành viên Ban Chỉ đạo gửi báo cáo chuyên đề về Văn phòng UBND tỉnh trước ngày 4/10/2027.'),
    ).toEqual({ task: 'gửi báo cáo chuyên đề về Văn phòng UBND tỉnh', owners: ['Các thành viên Ban Chỉ đạo'] });
  });

  it('reads "tổ chức" in a list of bodies as a body, not as the verb', () => {
    expect(
      only('Hộ gia đình, tổ chức, cá nhân sử dụng đất nộp hồ sơ kê khai chậm nhất ngày 15/12/2027.').owners,
    ).toEqual(['Hộ gia đình', 'tổ chức', 'cá nhân sử dụng đất']);
    // Before an object, it is still the verb.
    expect(only('Tổ chức, triển khai tập huấn cho cán bộ xã trước ngày 15/12/2027.').owners).toEqual([]);
  });

  it('reads the tax offices of the provinces and the exam registration units as bodies', () => {
    expect(only('Thuế các tỉnh, thành phố rà soát hồ sơ hoàn thuế trước ngày 20/3/2027.').owners).toEqual([
      'Thuế các tỉnh, thành phố',
    ]);
    expect(only('Các đơn vị đăng ký dự thi nhập dữ liệu thí sinh trước 17 giờ ngày 8/5/2027.')).toEqual({
      task: 'nhập dữ liệu thí sinh',
      owners: ['Các đơn vị đăng ký dự thi'],
    });
  });

  it('keeps the supporting bodies out of an owner field that shares its line with them', () => {
    const text = [
      '1. Điều tra, đánh giá hiện trạng làng nghề truyền thống',
      '- Cơ quan thực hiện: Sở Công Thương; phối hợp: UBND các xã, phường.',
      '- Thời hạn: trước ngày 31/10/2027.',
    ].join('\n');
    expect(only(text)).toEqual({
      task: 'Điều tra, đánh giá hiện trạng làng nghề truyền thống',
      owners: ['Sở Công Thương'],
    });
  });

  it('reads an English task list whose fields are sentences of one line', () => {
    const text =
      '- Dredging the canals of the old quarter. Lead agency: Department of Construction, in coordination with the ward police. Deadline: September 15, 2027.';
    expect(only(text, 'en')).toEqual({
      task: 'Dredging the canals of the old quarter',
      owners: ['Department of Construction'],
    });
  });

  it('reads a body named by its kind alone as the one named in the sentence before', () => {
    const found = deadlines(
      'The PM asked Petrovietnam to restart the Dung Quất refinery units before March 31, 2027. The group is also required to finish the maintenance audit before the end of the second quarter of 2027.',
      'en',
    );
    expect(found.map(reading)).toEqual([
      { task: 'restart the Dung Quất refinery units', owners: ['Petrovietnam'] },
      { task: 'finish the maintenance audit', owners: ['Petrovietnam'] },
    ]);
  });

  it('reads only the infinitive after ", and to" as the task its date governs', () => {
    expect(
      only(
        'The ministry asked provinces to keep spending on vocational schools, and to publish their enrolment data by October 1, 2027.',
        'en',
      ).task,
    ).toBe('publish their enrolment data');
  });

  it('reads "can now be paid" as a passive with no body named', () => {
    expect(deadlines('Fees for April 2027 can now be paid by 20 August 2027.', 'en').map(reading)).toEqual([
      { task: 'Fees for April 2027 can now be paid', owners: [] },
    ]);
  });
});

describe('round 17: a due date and the one it replaces', () => {
  it('makes the replaced date a deadline of the same task, in both languages', () => {
    const vi = deadlines(
      'Người nộp thuế nộp tờ khai quyết toán năm 2026 chậm nhất là ngày 30/6/2027 thay vì ngày 31/3/2027.',
    );
    expect(vi.map((d) => d.value)).toEqual(['2027-06-30', '2027-03-31']);
    expect(reading(vi[1])).toEqual(reading(vi[0]));
    expect(reading(vi[0]).task).toBe('nộp tờ khai quyết toán năm 2026');
    const en = deadlines('Exporters must file the refund claims by July 15, 2027 instead of May 15, 2027.', 'en');
    expect(en.map((d) => d.value)).toEqual(['2027-07-15', '2027-05-15']);
    expect(reading(en[1])).toEqual(reading(en[0]));
  });

  it('leaves an event moved from one day to another an event', () => {
    const dates = extractDocument('Hội nghị được tổ chức vào ngày 12/5/2027 thay vì ngày 5/5/2027.', {
      lang: 'vi',
    }).dates;
    expect(dates.map((d) => d.kind)).toEqual(['event', 'event']);
  });
});

describe('round 18: checklists, steps, labels and asides', () => {
  it('takes the body of "… should complete the following steps:" for the imperative items under it', () => {
    const found = deadlines(
      [
        'Importers should take the following steps:',
        '- Register their storage sites with the customs office. Deadline: 15 April 2027.',
        '- Declare the goods held in stock. Deadline: 30 April 2027.',
      ].join('\n'),
      'en',
    );
    expect(found.map(reading)).toEqual([
      { task: 'Register their storage sites with the customs office', owners: ['Importers'] },
      { task: 'Declare the goods held in stock', owners: ['Importers'] },
    ]);
  });

  it('reads what "<date> deadline for" and "The deadline for <doing> is" name as the task', () => {
    expect(reading(deadlines('Farmers reminded of June 30 deadline for 2026 land-use fee payments', 'en')[0])).toEqual({
      task: '2026 land-use fee payments',
      owners: ['Farmers'],
    });
    expect(only('The deadline for scanning paper land records is 1 March 2028.', 'en')).toEqual({
      task: 'scanning paper land records',
      owners: [],
    });
    // The task of a "deadline for" inside a subject ends where the sentence's own verb begins.
    expect(
      deadlines('Wards that missed the May 5 deadline for filing data must explain why before May 20, 2027.', 'en').map(
        (d) => d.task?.text,
      ),
    ).toEqual(['filing data', 'explain why']);
  });

  it('reads past supporting bodies set between an English subject and its verb', () => {
    expect(
      only(
        'District offices, in coordination with the tax department, must send revised notices to landowners no later than 31 May 2027.',
        'en',
      ),
    ).toEqual({ task: 'send revised notices to landowners', owners: ['District offices'] });
  });

  it('does not read "(nếu có)" after a date as a status', () => {
    expect(only('- Hết ngày 14/12/2027: học viên nộp bản giải trình (nếu có) về Phòng Đào tạo.')).toEqual({
      task: 'nộp bản giải trình (nếu có) về Phòng Đào tạo',
      owners: ['học viên'],
    });
  });

  it('takes what a "hạn cuối …" label names as the task, but not a label of no task of its own', () => {
    expect(
      only('Người dự tuyển điền phiếu trên Cổng thông tin; hạn cuối nộp phiếu dự tuyển: 17h00 ngày 12/3/2027.').task,
    ).toBe('nộp phiếu dự tuyển');
    expect(only('Đối với hồ sơ gửi qua bưu điện, hạn cuối nộp hồ sơ là 17h00 ngày 12/3/2027.').task).toBe('nộp hồ sơ');
    expect(only('- Sở Nội vụ rà soát biên chế các đơn vị.\nThời hạn hoàn thành: trước ngày 12/3/2027.').task).toBe(
      'rà soát biên chế các đơn vị',
    );
  });

  it('takes the heads of the smallest units after "các đồng chí", and steps of a schedule', () => {
    expect(only('Các đồng chí tổ trưởng tổ dân phố lập danh sách hộ nghèo chậm nhất ngày 5/10/2027.').owners).toEqual([
      'Các đồng chí tổ trưởng tổ dân phố',
    ]);
    expect(
      only(
        'Bước 3: Ban Thường vụ Hội Nông dân xã tổng hợp hồ sơ đề nghị khen thưởng. Thời gian: trước ngày 9/11/2027.',
      ),
    ).toEqual({ task: 'tổng hợp hồ sơ đề nghị khen thưởng', owners: ['Ban Thường vụ Hội Nông dân xã'] });
  });

  it('reads "chấm điểm, xếp loại" as the verbs after two bodies', () => {
    expect(
      only('Hội Cựu chiến binh xã, Hội Nông dân xã chấm điểm, xếp loại chi hội trực thuộc xong trước 20/12/2027.'),
    ).toEqual({ task: 'chấm điểm, xếp loại chi hội trực thuộc', owners: ['Hội Cựu chiến binh xã', 'Hội Nông dân xã'] });
  });

  it('reads a second request after a semicolon as the date’s own', () => {
    expect(
      only(
        'Đồng chí Chủ tịch đề nghị UBND các xã bố trí kinh phí; đề nghị Sở Tài chính phối hợp với Kho bạc thẩm định dự toán, trình UBND tỉnh trước ngày 4/6/2027.',
      ),
    ).toEqual({ task: 'thẩm định dự toán, trình UBND tỉnh', owners: ['Sở Tài chính'] });
  });
});

describe('round 19: flattened task tables', () => {
  const rowsOf = (text: string) => deadlines(text).map(reading);

  it('reads a header written over two lines of pipes, its first cells left blank on the second', () => {
    const text = [
      'TT | Nội dung | Thời hạn | Đơn vị | Đơn vị',
      ' | | hoàn thành | chủ trì | phối hợp',
      '1 | Lập danh mục dự án kêu gọi đầu tư | Quý II/2027 | Sở Tài chính | Sở Xây dựng',
      '2 | Công bố quy trình hỗ trợ doanh nghiệp | 15/8/2027 | Sở Công Thương | Sở Tư pháp',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { task: 'Lập danh mục dự án kêu gọi đầu tư', owners: ['Sở Tài chính'] },
      { task: 'Công bố quy trình hỗ trợ doanh nghiệp', owners: ['Sở Công Thương'] },
    ]);
  });

  it('reads one cell a line after a title line, with group rows whose numeral stands on a line of its own', () => {
    const text = [
      'PHỤ LỤC: DANH MỤC NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN',
      'TT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian',
      'hoàn thành',
      'I',
      'Về đất đai',
      '1',
      'Rà soát quỹ đất sạch',
      'Sở Nông nghiệp và Môi trường',
      'UBND các xã',
      '30/9/2027',
      'II',
      'Về đầu tư',
      '2',
      'Lập báo cáo đề xuất chủ trương',
      'Sở Tài chính',
      'Sở Xây dựng',
      'Quý IV/2027',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { task: 'Rà soát quỹ đất sạch', owners: ['Sở Nông nghiệp và Môi trường'] },
      { task: 'Lập báo cáo đề xuất chủ trương', owners: ['Sở Tài chính'] },
    ]);
  });

  it('reads rows numbered under their group ("1" / title / "1.1", "1.2")', () => {
    const text = [
      'TT',
      'Nhiệm vụ',
      'Đơn vị chủ trì',
      'Đơn vị phối hợp',
      'Thời hạn',
      '1',
      'Hạ tầng số',
      '1.1',
      'Phủ sóng 5G các khu công nghiệp',
      'Sở Khoa học và Công nghệ',
      'Các doanh nghiệp viễn thông',
      '30/6/2027',
      '1.2',
      'Số hóa hồ sơ địa chính',
      'Sở Nông nghiệp và Môi trường',
      'UBND các xã',
      '31/12/2027',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { task: 'Phủ sóng 5G các khu công nghiệp', owners: ['Sở Khoa học và Công nghệ'] },
      { task: 'Số hóa hồ sơ địa chính', owners: ['Sở Nông nghiệp và Môi trường'] },
    ]);
  });
});

describe('round 19: dispatches and English versions', () => {
  it('reads "ngay trong ngày" as a deadline cue, left out of the task', () => {
    expect(only('Chủ tịch UBND các xã tổ chức di dời dân khỏi vùng sạt lở ngay trong ngày 9/10/2027.')).toEqual({
      task: 'tổ chức di dời dân khỏi vùng sạt lở',
      owners: ['Chủ tịch UBND các xã'],
    });
  });

  it('reads "12 noon on" and "8pm on" as clock times between cue and date', () => {
    expect(only('Port operators must secure all cranes no later than 12 noon on October 3, 2027.', 'en')).toEqual({
      task: 'secure all cranes',
      owners: ['Port operators'],
    });
    expect(only('Ward offices must publish the shelter list by 8pm on October 3, 2027.', 'en').task).toBe(
      'publish the shelter list',
    );
  });

  it('reads a plural subject joined by "and" before a modal, whatever the tagger makes of its first word', () => {
    expect(
      only('Kindergartens and primary schools must check their fire exits before November 10, 2027.', 'en'),
    ).toMatchObject({ task: 'check their fire exits' });
    expect(
      only('Kindergartens and primary schools must check their fire exits before November 10, 2027.', 'en').owners,
    ).not.toEqual([]);
  });

  it('reads the predicate with its own modal after "and" as the one the date governs', () => {
    expect(
      only(
        'The city police shall decide which roads to close and must inform residents by 6pm on October 2, 2027.',
        'en',
      ).task,
    ).toBe('inform residents');
    // After the date, a second predicate is not the date's task.
    expect(
      only(
        'Tax offices have until June 30, 2027 to finish the audits, and must publish the results within ten days.',
        'en',
      ).task,
    ).toBe('finish the audits');
  });
});

describe('round 20: task tables', () => {
  const rowsOf = (text: string) => deadlines(text).map((d) => ({ date: d.text, ...reading(d) }));

  it('reads the deadline column of a table that also has a time column of periods', () => {
    const text = [
      'STT | Công việc | Đơn vị thực hiện | Thời gian thực hiện | Thời hạn',
      '1 | Kiểm kê diện tích rừng trồng | Hạt Kiểm lâm | Tháng 3 - 6/2027 | 30/6/2027',
      '2 | Lập phương án giao đất rừng | Phòng Kinh tế | 2027 - 2028 | Quý II/2028',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { date: '30/6/2027', task: 'Kiểm kê diện tích rừng trồng', owners: ['Hạt Kiểm lâm'] },
      { date: 'Quý II/2028', task: 'Lập phương án giao đất rừng', owners: ['Phòng Kinh tế'] },
    ]);
  });

  it('goes on past a group row written without separators, and stops at the prose after the table', () => {
    const text = [
      'TT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn',
      'I. VỀ HẠ TẦNG SỐ',
      '1 | Phủ sóng 5G các khu công nghiệp | Sở Khoa học và Công nghệ | Quý III/2027',
      'II) Về dữ liệu',
      '2 | Số hóa sổ hộ tịch | Sở Tư pháp | 31/10/2027',
      'Kinh phí thực hiện năm 2027 do ngân sách tỉnh bảo đảm.',
      '3 | Một dòng không còn thuộc bảng | Sở Y tế | 30/11/2027',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { date: 'Quý III/2027', task: 'Phủ sóng 5G các khu công nghiệp', owners: ['Sở Khoa học và Công nghệ'] },
      { date: '31/10/2027', task: 'Số hóa sổ hộ tịch', owners: ['Sở Tư pháp'] },
    ]);
  });

  it('reads a long deadline label whose words hold a comma as the label of its date', () => {
    const found = deadlines(
      'Kết quả gửi Sở Xây dựng. Hạn chót nhập hồ sơ đất đai, nhà ở của các hộ dân lên phần mềm của tỉnh: ngày 15/3/2027.',
    );
    expect(found.map((d) => [d.text, d.task?.text])).toEqual([
      ['ngày 15/3/2027', 'nhập hồ sơ đất đai, nhà ở của các hộ dân lên phần mềm của tỉnh'],
    ]);
  });

  it('takes a counted body ("16 phường …", "12 trường học") as the owner, as it takes "các phường …"', () => {
    const text = [
      'Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường thực hiện:',
      '1. Riêng 16 phường thí điểm trường học số: nhập dữ liệu học sinh, chậm nhất là ngày 30/11/2026.',
      '2. 12 trường mầm non ngoài công lập hoàn thành việc cập nhật hồ sơ trước ngày 10/12/2026.',
    ].join('\n');
    expect(deadlines(text).map(reading)).toEqual([
      { task: 'nhập dữ liệu học sinh', owners: ['16 phường thí điểm trường học số'] },
      { task: 'hoàn thành việc cập nhật hồ sơ', owners: ['12 trường mầm non ngoài công lập'] },
    ]);
  });

  it('reads a team ("Đội …", "Đội hình …") as a body that can own a deadline', () => {
    const text = [
      'Để triển khai, Ban Thường vụ Huyện Đoàn đề nghị:',
      '- Đội hình thanh niên tình nguyện của các trường trên địa bàn hoàn tất đăng ký trước 01-7-2027;',
      '- Đội Quản lý thị trường số 2 kiểm tra các cơ sở kinh doanh trước ngày 15-8-2027.',
    ].join('\n');
    expect(deadlines(text).map(reading)).toEqual([
      { task: 'hoàn tất đăng ký', owners: ['Đội hình thanh niên tình nguyện của các trường trên địa bàn'] },
      { task: 'kiểm tra các cơ sở kinh doanh', owners: ['Đội Quản lý thị trường số 2'] },
    ]);
  });

  it('takes the body named in brackets right after the date when the clause names none', () => {
    expect(
      only('- Hoàn thành việc kiểm tra hồ sơ đảng viên trước 30-6-2027 (Ủy ban Kiểm tra Đảng ủy phường thực hiện).'),
    ).toEqual({
      task: 'Hoàn thành việc kiểm tra hồ sơ đảng viên',
      owners: ['Ủy ban Kiểm tra Đảng ủy phường'],
    });
    expect(
      only('- Tổng kết năm học, báo cáo trước ngày 15/6/2027 (do Phòng Giáo dục chủ trì, phối hợp với Phòng Nội vụ).'),
    ).toEqual({
      task: 'Tổng kết năm học, báo cáo',
      owners: ['Phòng Giáo dục'],
    });
  });

  it('reads the body and the infinitive after "<date> deadline for" and "the deadline of <date> for"', () => {
    const text =
      'The ministry set an April 30 deadline for provincial departments to publish their exam schedules. ' +
      '"The deadline of June 15, 2027 for district hospitals to connect to the data system will not move," it said.';
    expect(deadlines(text, 'en').map(reading)).toEqual([
      { task: 'publish their exam schedules', owners: ['provincial departments'] },
      { task: 'connect to the data system', owners: ['district hospitals'] },
    ]);
  });

  it('leaves out an opening "Based on …," frame from the owner', () => {
    expect(
      only(
        'Based on the provincial reports, the Ministry of Home Affairs will report to the Government before May 20, 2027.',
        'en',
      ),
    ).toEqual({ task: 'report to the Government', owners: ['Ministry of Home Affairs'] });
  });

  it('reads "Deadline for submission:" after its item as a label, the item before stating task and owner', () => {
    const text = [
      '3. Guidance on fees',
      'The Ministry of Finance shall prepare and submit to the Government a decree on service fees.',
      'Deadline for submission: October 2027.',
    ].join('\n');
    expect(only(text, 'en')).toEqual({
      task: 'prepare and submit to the Government a decree on service fees',
      owners: ['Ministry of Finance'],
    });
  });

  it('ends a body described by "được phân công" before the clause\'s own verb when no comma closes the description', () => {
    expect(only('Các tổ được phân công nộp biên bản kiểm phiếu về Ủy ban bầu cử trước ngày 10/5/2027.')).toEqual({
      task: 'nộp biên bản kiểm phiếu về Ủy ban bầu cử',
      owners: ['Các tổ được phân công'],
    });
  });

  it('keeps the acting subject as owner when a request comes after its comma, but not after "Đối với"', () => {
    expect(
      only(
        '- Trước ngày 30-4-2027: các chi bộ tổ chức học tập, quán triệt cho đảng viên, yêu cầu mỗi đảng viên viết bài thu hoạch.',
      ),
    ).toEqual({
      task: 'tổ chức học tập, quán triệt cho đảng viên, yêu cầu mỗi đảng viên viết bài thu hoạch',
      owners: ['các chi bộ'],
    });
    expect(only('Đối với 05 hộ chưa nhận tiền, đề nghị chủ hộ hoàn thiện hồ sơ chậm nhất ngày 20/10/2027.')).toEqual({
      task: 'hoàn thiện hồ sơ',
      owners: ['chủ hộ'],
    });
  });
});

describe('round 21: dispatches and conclusions', () => {
  it('reads the owner from a bracket that ends the task before its cue', () => {
    expect(
      only(
        'c) Sửa đổi quy chế phối hợp liên ngành (Sở Nội vụ chủ trì, các sở, ngành phối hợp), hoàn thành trong tháng 11/2027.',
      ),
    ).toEqual({ task: 'Sửa đổi quy chế phối hợp liên ngành', owners: ['Sở Nội vụ'] });
  });

  it('skips "Đáng chú ý," and "Đặc biệt," as frames, and leaves "theo thời hạn" out of the task', () => {
    expect(
      only('Đáng chú ý, UBND phường Tân Lập chưa hoàn thành việc giải phóng mặt bằng theo thời hạn ngày 30/11/2027.'),
    ).toEqual({ task: 'chưa hoàn thành việc giải phóng mặt bằng', owners: ['UBND phường Tân Lập'] });
  });

  it('gives a purpose that opens the sentence ("Để …") the subject of the main clause as owner', () => {
    expect(
      only(
        'Để kịp thời tổng hợp, trình UBND tỉnh trước ngày 20/5/2027, Sở Tài chính đề nghị các đơn vị rà soát số liệu.',
      ),
    ).toEqual({ task: 'tổng hợp, trình UBND tỉnh', owners: ['Sở Tài chính'] });
  });
});

describe('round 21: English', () => {
  it('reads "Firms choosing …" as a subject with its participle, though "firms" can be a verb', () => {
    expect(only('Firms choosing the deposit option must transfer the deposit before May 15, 2027.', 'en')).toEqual({
      task: 'transfer the deposit',
      owners: ['Firms choosing the deposit option'],
    });
  });

  it('gives "this deadline moves to <date>" the task and owners of the duty stated in the sentence before', () => {
    const text =
      'Employers must submit the annual labour report by the last day of January. ' +
      'Because that day falls on a Sunday, this deadline moves to Monday, 1 February 2027.';
    expect(only(text, 'en')).toEqual({ task: 'submit the annual labour report', owners: ['Employers'] });
  });

  it('reads "the deadline to <do> is <date>" for its task, and "For <body>," before it for the owner', () => {
    const text =
      'For the State Bank of Vietnam, the deadline to issue guidance on credit for start-ups is August 31, 2027. ' +
      'The deadline to apply is October 1, 2027.';
    expect(deadlines(text, 'en').map(reading)).toEqual([
      { task: 'issue guidance on credit for start-ups', owners: ['State Bank of Vietnam'] },
      { task: 'apply', owners: [] },
    ]);
  });
});

describe('round 21: topics', () => {
  it('takes a topic with nothing but its colon before the cue as the owner, whole', () => {
    // Not the list's last body and a task from its verb ("hộ kinh doanh" / "nộp thuế khoán").
    expect(only('- Đối với doanh nghiệp, hộ kinh doanh nộp thuế khoán: chậm nhất là ngày 15/12/2027.')).toEqual({
      task: null,
      owners: ['doanh nghiệp', 'hộ kinh doanh nộp thuế khoán'],
    });
  });
});

describe('round 21: reported speech', () => {
  it('reads the reported clause after "said", a long passive subject included, not the speaker', () => {
    expect(
      only(
        'During a site visit on May 3, provincial vice chairman Le Van B said land clearance for the 2.5km bypass in Hoa Phu Ward must be finished by the end of 2027.',
        'en',
      ),
    ).toEqual({ task: 'land clearance for the 2.5km bypass in Hoa Phu Ward', owners: [] });
  });
});

describe('round 21: tables and list headings', () => {
  it('fills a row\'s blank cells from a line of blank cells and the wrapped ones ("| | | 30/6/2027 |")', () => {
    const text = [
      '| Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |',
      '|---|---|---|---|',
      '| Cắm mốc giới hành lang tuyến | Ban Quản lý dự án tỉnh | UBND các xã | 15/5/2027 |',
      '| Di dời cột điện, cáp quang | Công ty Điện lực tỉnh | |',
      '| | | | 30/6/2027 |',
    ].join('\n');
    expect(deadlines(text).map((d) => [d.text, d.task?.text, d.owners?.map((o) => o.text)])).toEqual([
      ['15/5/2027', 'Cắm mốc giới hành lang tuyến', ['Ban Quản lý dự án tỉnh']],
      ['30/6/2027', 'Di dời cột điện, cáp quang', ['Công ty Điện lực tỉnh']],
    ]);
  });

  it('takes the task from a "Thời hạn …" heading above items that state none of their own', () => {
    const text = [
      '2. Thời hạn nộp hồ sơ đề nghị miễn giảm học phí',
      '- Đối với học sinh trung học phổ thông: chậm nhất là ngày 15/10/2027.',
      '- Đối với sinh viên các trường cao đẳng: chậm nhất là ngày 30/10/2027.',
      '3. Thời hạn sử dụng thẻ',
      '- Thẻ cũ tiếp tục có giá trị sử dụng đến hết ngày 31/12/2027.',
    ].join('\n');
    expect(deadlines(text).map((d) => d.task?.text)).toEqual([
      'nộp hồ sơ đề nghị miễn giảm học phí',
      'nộp hồ sơ đề nghị miễn giảm học phí',
      'Thẻ cũ tiếp tục có giá trị sử dụng',
    ]);
  });

  it('keeps "chủ trì" in "cơ quan chủ trì" / "đơn vị chủ trì" before a modal, as before a task verb', () => {
    const text =
      'Cơ quan chủ trì phải gửi dự thảo về Sở Tư pháp trước ngày 15/7/2027. Đơn vị chủ trì có trách nhiệm báo cáo kết quả trước ngày 20/7/2027.';
    expect(deadlines(text).map((d) => d.owners?.map((o) => o.text))).toEqual([['Cơ quan chủ trì'], ['Đơn vị chủ trì']]);
  });
});

describe('round 21 review: rules kept to what they are for', () => {
  it('reads a heading whose words ran together (a PDF copy) in linear time', () => {
    // A heading pattern with optional blanks between words tried every split of one long word.
    const text = `2. Thời hạn ${'nộphồsơđềnghịmiễngiảmhọcphí'.repeat(4)} 2027\n- Đối với học sinh: chậm nhất là ngày 15/10/2027.`;
    expect(deadlines(text).map((d) => d.text)).toEqual(['ngày 15/10/2027']);
  });

  it('names no owner from a supporting body in brackets, and reads "(Do … chủ trì)" in capitals', () => {
    expect(only('- Rà soát hồ sơ đất đai trước ngày 30/6/2027 (Công an tỉnh phối hợp thực hiện).').owners).toEqual([]);
    expect(only('- Tổng kết công tác tiêm chủng trước ngày 15/7/2027 (Do Sở Y tế chủ trì).').owners).toEqual([
      'Sở Y tế',
    ]);
  });

  it('leaves a purpose that keeps a state ("Để bảo đảm tiến độ …") to its own clause', () => {
    expect(
      only('Để bảo đảm tiến độ giải ngân trước ngày 30/6/2027, UBND tỉnh yêu cầu các chủ đầu tư báo cáo hằng tuần.')
        .owners,
    ).toEqual([]);
  });

  it('keeps a deadline whose clause has a modal though a relative clause holds a perfect tense', () => {
    expect(
      deadlines('Investors who have registered projects shall submit reports by June 30, 2027.', 'en').map(reading),
    ).toEqual([{ task: 'submit reports', owners: ['Investors who have registered projects'] }]);
  });

  it('reads "Deadline to <do> is" at a sentence start', () => {
    expect(only('Deadline to register is May 1, 2027.', 'en').task).toBe('register');
  });
});

describe('round 22: tables as text copies lay them out', () => {
  const rowsOf = (text: string) => deadlines(text).map(reading);

  it('reads a table whose columns are aligned with spaces, a wrapped task and a blank cell included', () => {
    const text = [
      'Phân công như sau:',
      'TT   Công việc                           Đơn vị thực hiện         Đơn vị phối hợp      Thời hạn',
      '1    Lập danh sách hộ cần hỗ trợ          UBND các phường          Hội Chữ thập đỏ      Tháng 9/2027',
      '2    Cấp phát gạo cứu đói cho các hộ      Sở Tài chính                                  Trước 20/10/2027',
      '     thuộc diện khó khăn',
      '3    Tổng hợp kết quả, báo cáo tỉnh       Sở Nội vụ                Sở Tài chính         Quý IV/2027',
      'Kế hoạch này có hiệu lực từ ngày ký.',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { task: 'Lập danh sách hộ cần hỗ trợ', owners: ['UBND các phường'] },
      { task: 'Cấp phát gạo cứu đói cho các hộ', owners: ['Sở Tài chính'] },
      { task: 'Tổng hợp kết quả, báo cáo tỉnh', owners: ['Sở Nội vụ'] },
    ]);
  });

  it('reads a header cell wrapped onto the next line under its own column', () => {
    const text = [
      'STT  Việc cần làm                     Đơn vị chủ trì            Thời hạn',
      '                                                                phải hoàn thành',
      '1    Rà soát danh sách cử tri          UBND các xã               12/4/2027',
      '2    Niêm yết danh sách cử tri         Tổ bầu cử                 20/4/2027',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { task: 'Rà soát danh sách cử tri', owners: ['UBND các xã'] },
      { task: 'Niêm yết danh sách cử tri', owners: ['Tổ bầu cử'] },
    ]);
  });

  it('reads an English table one cell a line under "Implementation time"', () => {
    const text = [
      'No.',
      'Task',
      'Agency in charge',
      'Implementation time',
      '1',
      'Publish the list of priority projects',
      'Department of Finance',
      'Before May 31, 2027',
      '2',
      'Train commune officials on the new procedures',
      'Department of Home Affairs',
      'No later than August 15, 2027',
    ].join('\n');
    expect(deadlines(text, 'en').map(reading)).toEqual([
      { task: 'Publish the list of priority projects', owners: ['Department of Finance'] },
      { task: 'Train commune officials on the new procedures', owners: ['Department of Home Affairs'] },
    ]);
  });

  it('keeps the owner of a row whose supporting bodies were left blank, one cell a line', () => {
    const text = [
      'TT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời hạn',
      '1',
      'Lập hồ sơ di tích cấp tỉnh',
      'Sở Văn hóa, Thể thao và Du lịch',
      'UBND các xã',
      'Quý II/2027',
      '2',
      'Số hóa tư liệu Hán Nôm',
      'Thư viện tỉnh',
      '',
      'Tháng 11/2027',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { task: 'Lập hồ sơ di tích cấp tỉnh', owners: ['Sở Văn hóa, Thể thao và Du lịch'] },
      { task: 'Số hóa tư liệu Hán Nôm', owners: ['Thư viện tỉnh'] },
    ]);
  });

  it('reads no table from prose that happens to hold double spaces', () => {
    const text = [
      'Thời gian  tổ chức hội nghị:  ngày 15/9/2027.',
      'Nội dung  Đơn vị thực hiện  Thời gian',
      'Hội nghị sơ kết được tổ chức vào tháng 10/2027 tại  hội trường tỉnh.',
    ].join('\n');
    expect(deadlines(text)).toEqual([]);
  });

  it('skips a group row written as a letter and its title a line each, one cell a line', () => {
    const text = [
      'TT',
      'Nhiệm vụ',
      'Đơn vị thực hiện',
      'Thời hạn hoàn thành',
      'A',
      'NHIỆM VỤ THƯỜNG XUYÊN',
      '1',
      'Cập nhật bản đồ vùng ngập',
      'Sở Xây dựng',
      'Tháng 4/2027',
      'B',
      'NHIỆM VỤ ĐỘT XUẤT',
      '2',
      'Kiểm tra kè biển xung yếu',
      'Ban Quản lý dự án tỉnh',
      'Quý III/2027',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { task: 'Cập nhật bản đồ vùng ngập', owners: ['Sở Xây dựng'] },
      { task: 'Kiểm tra kè biển xung yếu', owners: ['Ban Quản lý dự án tỉnh'] },
    ]);
  });

  it('finds the time cell of a row whose last cell was left blank, one cell a line', () => {
    const text = [
      'TT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Thời hạn',
      'Sản phẩm',
      '1',
      'Mua sắm phao cứu sinh',
      'Bộ Chỉ huy Quân sự tỉnh',
      'Trước ngày 30/5/2027',
      '',
      '2',
      'Tập huấn lực lượng xung kích',
      'UBND các xã',
      'Tháng 6/2027',
      'Báo cáo kết quả',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { task: 'Mua sắm phao cứu sinh', owners: ['Bộ Chỉ huy Quân sự tỉnh'] },
      { task: 'Tập huấn lực lượng xung kích', owners: ['UBND các xã'] },
    ]);
  });
});

describe('round 22: English deadlines moved over a long object', () => {
  it('reads both ends of a moved deadline whose bodies and task stand far before the range', () => {
    const text =
      'The General Department of Taxation has extended the deadline for securities companies, fund managers and insurers to report the sales of their individual sellers from July 31 to October 31, 2027.';
    expect(deadlines(text, 'en').map((d) => [d.text, reading(d)])).toEqual(
      ['July 31', 'October 31, 2027'].map((date) => [
        date,
        {
          task: 'report the sales of their individual sellers',
          owners: ['securities companies, fund managers and insurers'],
        },
      ]),
    );
  });

  it('names the bodies without where they are ("schools nationwide")', () => {
    const text =
      'The ministry has postponed the deadline for schools nationwide to install fire alarms from May 31, 2027 to August 31, 2027.';
    expect(deadlines(text, 'en').map(reading)).toEqual([
      { task: 'install fire alarms', owners: ['schools'] },
      { task: 'install fire alarms', owners: ['schools'] },
    ]);
  });

  it('keeps the bodies asked for a task joined after a date that is no deadline', () => {
    const text =
      'The ministry asked provincial tax departments to update the price lists that apply from January 1, 2027 and publish them no later than December 20, 2026.';
    expect(deadlines(text, 'en').map(reading)).toEqual([
      { task: 'publish them', owners: ['provincial tax departments'] },
    ]);
  });
});

describe('round 22: cues a name or a tail hid', () => {
  it('reads a due date after a body named with "Luật pháp" and a clock time, not an issue date', () => {
    expect(only('Các chi hội gửi danh sách về Ban Chính sách - Luật pháp trước 16 giờ 30 ngày 12/10/2027.')).toEqual({
      task: 'gửi danh sách về Ban Chính sách - Luật pháp',
      owners: ['Các chi hội'],
    });
  });

  it('keeps a law named before its date an issue date', () => {
    const [date] = extractDocument('Căn cứ Luật Thủ đô ngày 28 tháng 6 năm 2024;', { lang: 'vi' }).dates;
    expect(date?.kind).toBe('issued');
  });

  it('reads "due in <month>" as a due date, without "with the work" or "is" in the task', () => {
    expect(only('The port authority will dredge the channel, with the work due in October 2027.', 'en')).toEqual({
      task: 'dredge the channel',
      owners: ['port authority'],
    });
    expect(only('The audit report is due in the first quarter of 2028.', 'en').task).toBe('audit report');
  });
});

describe('round 22: a field line under a heading that names a body', () => {
  it('gives the heading body to the task line above "Thời gian hoàn thành:"', () => {
    const text = [
      '3. Sở Khoa học và Công nghệ',
      'Chủ trì xây dựng kho dữ liệu mở của tỉnh.',
      'Thời gian hoàn thành: tháng 10/2027.',
    ].join('\n');
    expect(only(text)).toEqual({ task: 'xây dựng kho dữ liệu mở của tỉnh', owners: ['Sở Khoa học và Công nghệ'] });
  });

  it('reads the body after the topic words of such a heading ("1. Đối với Sở Y tế")', () => {
    const text = ['1. Đối với Sở Y tế', 'Rà soát danh mục thuốc thiết yếu.', 'Thời gian hoàn thành: 30/9/2027.'].join(
      '\n',
    );
    expect(only(text).owners).toEqual(['Sở Y tế']);
  });

  it('gives nothing when the line under the heading is prose of another kind', () => {
    const text = ['3. Kết quả đạt được', 'Đã số hóa 80% hồ sơ.', 'Thời gian hoàn thành: tháng 10/2027.'].join('\n');
    expect(only(text).owners).toEqual([]);
  });
});

describe('round 23: a table that names no body of its own', () => {
  const rowsOf = (text: string) => deadlines(text).map(reading);

  it('gives its rows the bodies its introduction names', () => {
    const text = [
      'Theo kế hoạch, các hộ kinh doanh thực hiện kê khai lệ phí môn bài theo các mốc sau:',
      'STT | Nội dung | Hạn nộp',
      '1 | Nộp tờ khai lệ phí môn bài | 30/01/2028',
      '2 | Nộp tiền lệ phí môn bài | 28/02/2028',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { task: 'Nộp tờ khai lệ phí môn bài', owners: ['các hộ kinh doanh'] },
      { task: 'Nộp tiền lệ phí môn bài', owners: ['các hộ kinh doanh'] },
    ]);
  });

  it('gives them nothing from a body that only announces the schedule, or when an owner cell is left blank', () => {
    const announced = [
      'Trung tâm Y tế thông báo lịch tiêm chủng như sau:',
      'STT | Nội dung | Hạn chót',
      '1 | Đăng ký tiêm mũi nhắc | 15/3/2028',
    ].join('\n');
    expect(rowsOf(announced)).toEqual([{ task: 'Đăng ký tiêm mũi nhắc', owners: [] }]);
    const blank = [
      'Các xã thực hiện theo lịch sau:',
      'STT | Nội dung | Thời hạn | Đơn vị thực hiện',
      '1 | Rà soát hộ nghèo | 15/3/2028 |',
    ].join('\n');
    expect(rowsOf(blank)).toEqual([{ task: 'Rà soát hộ nghèo', owners: [] }]);
  });
});

describe('round 23: bodies named by what they do, closed by the verb of their clause', () => {
  it.each([
    ['Hội đồng xét duyệt hoàn thành việc chấm hồ sơ trước ngày 15/9/2027.', 'Hội đồng xét duyệt'],
    ['Tổ công tác liên ngành phải nộp báo cáo trước ngày 15/9/2027.', 'Tổ công tác liên ngành'],
    [
      '- Hội đồng kiểm kê, định giá tài sản của phường hoàn thành kiểm kê trước ngày 15/9/2027.',
      'Hội đồng kiểm kê, định giá tài sản của phường',
    ],
  ])('%s', (text, owner) => {
    expect(only(text).owners).toEqual([owner]);
  });

  it('keeps the name short when the verb after the head is the task', () => {
    expect(only('Hội đồng rà soát hồ sơ trước ngày 15/9/2027.')).toEqual({
      task: 'rà soát hồ sơ',
      owners: ['Hội đồng'],
    });
  });
});

describe('round 23: a requester is not the body asked', () => {
  it('names no owner when the request names no body after it', () => {
    expect(only('Chủ tịch UBND tỉnh đề nghị hoàn thành giải phóng mặt bằng trước ngày 30/9/2027.')).toEqual({
      task: 'hoàn thành giải phóng mặt bằng',
      owners: [],
    });
    expect(only('Bộ Xây dựng yêu cầu các địa phương hoàn thành rà soát trước ngày 30/9/2027.').owners).toEqual([
      'các địa phương',
    ]);
    // A board named for what it does is a body, not a request.
    expect(only('Ban Chỉ đạo gửi kế hoạch về Bộ Nội vụ trước ngày 30/9/2027.').owners).toEqual(['Ban Chỉ đạo']);
  });
});

describe('round 23: a list headed as deadlines', () => {
  it('makes each item that opens with its date due then, and only that date', () => {
    const text = [
      'Upcoming deadlines',
      '• 20 January 2028 – Importers must register their customs e-accounts.',
      '• 15 February 2028: Exporters must declare origin for shipments made in Q4 2027.',
      'The new rules took effect on 1 December 2027.',
    ].join('\n');
    const found = extractDocument(text, { lang: 'en' }).dates.map((d) => [d.text, d.kind]);
    expect(found).toEqual([
      ['20 January 2028', 'deadline'],
      ['15 February 2028', 'deadline'],
      ['Q4 2027', 'event'],
      ['1 December 2027', 'event'],
    ]);
    expect(deadlines(text, 'en').map(reading)).toEqual([
      { task: 'register their customs e-accounts', owners: ['Importers'] },
      { task: 'declare origin for shipments made in Q4 2027', owners: ['Exporters'] },
    ]);
  });

  it('leaves dated items under another heading to their own cues', () => {
    const text = ['Events', '• 20 January 2028 – The ministry holds a conference on customs reform.'].join('\n');
    expect(extractDocument(text, { lang: 'en' }).dates.map((d) => d.kind)).toEqual(['event']);
  });
});

describe('round 23: English table headers in plain words', () => {
  it('reads "Who must comply" as the column of the bodies that act', () => {
    const text = [
      'Action | Who must comply | Deadline',
      'Register the e-invoice software | Household businesses | 31 March 2028',
    ].join('\n');
    expect(deadlines(text, 'en').map(reading)).toEqual([
      { task: 'Register the e-invoice software', owners: ['Household businesses'] },
    ]);
  });
});

describe('round 24: tables as tax notices and PDF copies lay them out', () => {
  const rowsOf = (text: string) => deadlines(text).map(reading);

  it('reads a numbered table whose only known column is its deadline, one cell a line, prose after it', () => {
    const text = [
      'Đề nghị các hợp tác xã nộp báo cáo theo bảng dưới đây:',
      'STT',
      'Loại báo cáo',
      'Kỳ báo cáo',
      'Hạn nộp',
      'Ghi chú',
      '1',
      'Báo cáo tài chính',
      'Năm 2027',
      '31/3/2028',
      '',
      '2',
      'Báo cáo thống kê',
      'Năm 2027',
      '15/4/2028',
      'Nộp qua cổng dịch vụ công',
      'Riêng hợp tác xã mới thành lập trong năm thì gửi báo cáo tình hình hoạt động chậm nhất ngày 30/4/2028 để cơ quan đăng ký tổng hợp.',
    ].join('\n');
    const [first, second, after] = rowsOf(text);
    expect([first, second]).toEqual([
      { task: 'Báo cáo tài chính', owners: ['các hợp tác xã'] },
      { task: 'Báo cáo thống kê', owners: ['các hợp tác xã'] },
    ]);
    // The sentence after the table is read as prose, not as the last row's note.
    expect(after?.task).toMatch(/gửi báo cáo tình hình hoạt động$/);
  });

  it('splits a cell filled to the next column, and reads a time cell wrapped onto the next line', () => {
    // Columns start at 0, 5, 42 and 63; the first task runs to one space before the second column.
    const line = (...cells: string[]) =>
      [cells[0]?.padEnd(5), cells[1]?.padEnd(37), cells[2]?.padEnd(21), cells[3]].join('');
    const text = [
      line('TT', 'Nội dung công việc', 'Đơn vị', 'Thời hạn'),
      line('', '', 'chủ trì', 'hoàn thành'),
      `${'1'.padEnd(5)}Kiểm kê rừng phòng hộ ven biển trong ${'Hạt Kiểm lâm'.padEnd(21)}30/6/2027`,
      line('', 'các xã'),
      line('2', 'Báo cáo kết quả kiểm kê về Sở Nông', 'Văn phòng UBND xã', 'Trước ngày'),
      line('', 'nghiệp và Môi trường', '', '15/7/2027'),
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      { task: 'Kiểm kê rừng phòng hộ ven biển trong', owners: ['Hạt Kiểm lâm'] },
      { task: 'Báo cáo kết quả kiểm kê về Sở Nông', owners: ['Văn phòng UBND xã'] },
    ]);
  });
});

describe('round 24: English completion targets and requests within a quarter', () => {
  it('reads a request to deliver within a quarter as a deadline', () => {
    expect(
      only('The ministry asked provinces to submit their housing plans within the second quarter of 2028.', 'en'),
    ).toEqual({ task: 'submit their housing plans', owners: ['provinces'] });
  });

  it('reads "finishing … in <quarter>" as a completion target', () => {
    const [date] = deadlines('The investor plans on finishing the tunnel in the fourth quarter of 2028.', 'en');
    expect(date?.text).toBe('fourth quarter of 2028');
  });
});

describe('round 24: a work put into use within a month', () => {
  it('reads "đưa … vào sử dụng trong tháng" as due by the month\'s end, "diễn ra trong tháng" as a schedule', () => {
    expect(deadlines('Sở Xây dựng đưa cầu Bến Lức vào sử dụng trong tháng 9/2027.').map((d) => d.text)).toEqual([
      'tháng 9/2027',
    ]);
    expect(deadlines('Lễ khánh thành cầu Bến Lức diễn ra trong tháng 9/2027.')).toEqual([]);
  });
});

describe("review of rounds 22-24's rules", () => {
  it('reads prose after a table aligned with spaces as prose, double spaces and all', () => {
    const text = [
      'Task                          Responsible body        Deadline',
      'Submit the plan               Department of Finance   31 March 2027',
      '',
      'Questions may be sent to the ministry office.  The review meeting was held on 5 January 2027.',
    ].join('\n');
    expect(extractDocument(text, { lang: 'en' }).dates.map((d) => [d.text, d.kind])).toEqual([
      ['31 March 2027', 'deadline'],
      ['5 January 2027', 'event'],
    ]);
  });

  it('gives a table no owner from the body that issues, guides or publishes it', () => {
    const vi = [
      'UBND tỉnh ban hành lịch triển khai như sau:',
      'STT | Nội dung | Thời hạn',
      '1 | Rà soát hồ sơ | 15/6/2027',
    ];
    expect(deadlines(vi.join('\n')).map((d) => d.owners?.length)).toEqual([0]);
    const en = [
      'The Ministry of Finance has published the following timetable:',
      'No. | Task | Deadline',
      '1 | File the forms | 15 June 2027',
    ];
    expect(deadlines(en.join('\n'), 'en').map((d) => d.owners?.length)).toEqual([0]);
  });

  it('keeps a council\'s name short when its verb is followed by a comma or "và" before the completion', () => {
    expect(only('Hội đồng tiếp nhận hồ sơ của các hộ dân, hoàn thành trước ngày 30/9/2027.').owners).toEqual([
      'Hội đồng',
    ]);
    expect(only('Tổ công tác rà soát danh sách hộ nghèo và phải hoàn thành trước ngày 30/9/2027.').owners).toEqual([
      'Tổ công tác',
    ]);
  });

  it('ends a list headed as deadlines at a blank line, and leaves an effective date in it an event', () => {
    const text = [
      'Key deadlines',
      '- 1 July 2027: Decree 70/2027/ND-CP takes effect.',
      '- 15 July 2027: Firms must register.',
      '',
      '- 1 August 2027: the ministry reviews the results.',
    ].join('\n');
    expect(extractDocument(text, { lang: 'en' }).dates.map((d) => d.kind)).toEqual(['event', 'deadline', 'event']);
  });

  it('keeps "Đơn vị đề nghị" (the applicant) as an owner', () => {
    expect(only('Đơn vị đề nghị gửi hồ sơ về Sở Nội vụ trước ngày 15/9/2027.').owners).toEqual(['Đơn vị đề nghị']);
  });

  it('takes no relative clause into the bodies a deadline is for', () => {
    const [first] = deadlines(
      'The State Bank extended the deadline for commercial banks, which was due to expire on 31 March 2027, to 30 June 2027.',
      'en',
    );
    expect(first?.owners?.map((o) => o.text)).not.toContain('commercial banks, which');
  });

  it('reads a moved deadline named with a modifier or as "hạn nộp"', () => {
    const en =
      'The ministry pushed back the filing deadline for commercial banks, finance companies and payment intermediaries to report their exposures from March 31 to June 30, 2027.';
    expect(deadlines(en, 'en').map((d) => d.text)).toEqual(['March 31', 'June 30, 2027']);
    const vi =
      'Bộ Tài chính đã lùi hạn nộp thuế giá trị gia tăng của các doanh nghiệp nhỏ và vừa trong lĩnh vực nông nghiệp từ ngày 20/5/2027 sang ngày 20/8/2027.';
    expect(deadlines(vi).map((d) => d.text)).toEqual(['ngày 20/5/2027', 'ngày 20/8/2027']);
  });
});

describe('round 25: an English introduction that hands its items an infinitive', () => {
  it('gives the items of "<bodies> to:" those bodies', () => {
    const text = [
      'The ministry requests:',
      '1. Provincial tax departments to:',
      'a) Publish the list of taxpayers in arrears before March 15, 2028;',
      'b) Report the results to the General Department no later than April 30, 2028.',
    ].join('\n');
    expect(deadlines(text, 'en').map((d) => d.owners?.map((o) => o.text))).toEqual([
      ['Provincial tax departments'],
      ['Provincial tax departments'],
    ]);
  });

  it('reads "the approved tables … before <date>" as a due date, "projects approved before <date>" as a scope', () => {
    expect(
      only('Localities must publish the approved price lists on their portals before December 31, 2027.', 'en'),
    ).toEqual({
      task: 'publish the approved price lists on their portals',
      owners: ['Localities'],
    });
    expect(deadlines('All projects approved before December 31, 2027 keep their incentives.', 'en')).toEqual([]);
  });

  it('keeps the bodies asked for each task of a chain joined by commas', () => {
    const text =
      'The ministry asked provinces to survey landslide areas by June 15, 2028, relocate households at risk no later than August 31, 2028 and report before September 15, 2028.';
    expect(deadlines(text, 'en').map((d) => d.owners?.map((o) => o.text))).toEqual([
      ['provinces'],
      ['provinces'],
      ['provinces'],
    ]);
  });
});

describe('round 25: an owner that points back at a list', () => {
  it('reads "các đơn vị này" as the bodies the sentence before lists after its colon', () => {
    const text =
      'Đến nay còn 2 đơn vị chưa gửi số liệu: Trường Tiểu học Kim Đồng, Trường THCS Nguyễn Du. Đề nghị các đơn vị này gửi số liệu về Phòng Giáo dục trước ngày 10/10/2027.';
    expect(only(text).owners).toEqual(['Trường Tiểu học Kim Đồng', 'Trường THCS Nguyễn Du']);
  });

  it('keeps "các đơn vị trên" when no list stands before it', () => {
    expect(only('Yêu cầu các đơn vị trên gửi báo cáo về Sở trước ngày 10/10/2027.').owners).toEqual([
      'các đơn vị trên',
    ]);
  });
});

describe('round 26: a start point inside the task', () => {
  it('keeps the task whole over "since <date>" that qualifies a noun, in both languages', () => {
    expect(
      only(
        'The inspectorate is tasked with closing all complaints received since March 2026 and publishing the findings before October 31, 2027.',
        'en',
      ).task,
    ).toBe('closing all complaints received since March 2026 and publishing the findings');
    expect(
      only(
        'Sở Xây dựng rà soát các công trình khởi công kể từ tháng 3/2026 và báo cáo UBND tỉnh trước ngày 30/10/2027.',
      ).task,
    ).toBe('rà soát các công trình khởi công kể từ tháng 3/2026 và báo cáo UBND tỉnh');
  });

  it('still starts the task after a start point that frames the sentence', () => {
    expect(
      only('Since January 2027, the agencies have collected fees; they must report before October 31, 2027.', 'en')
        .task,
    ).toBe('report');
  });
});

describe('round 26: what must be done in a month or a quarter', () => {
  it('reads "phải (được) <verb> … trong <quarter>" as due by its end, with no owner for a passive', () => {
    const [due] = deadlines('Đề án sắp xếp trường học của xã phải được thẩm định trong Quý III/2027.');
    expect(due?.value).toBe('2027-Q3');
    expect(reading(due)).toEqual({ task: 'Đề án sắp xếp trường học của xã phải được thẩm định', owners: [] });
    expect(only('Ban Quản lý dự án phải bàn giao mặt bằng trong tháng 9/2027.')).toEqual({
      task: 'bàn giao mặt bằng',
      owners: ['Ban Quản lý dự án'],
    });
  });

  it('leaves the month of a purpose, a past obligation and a bare schedule alone', () => {
    expect(
      deadlines('Mặt bằng phải được bàn giao chậm nhất ngày 15/6/2027 để khởi công trong quý IV/2027.').map(
        (d) => d.value,
      ),
    ).toEqual(['2027-06-15']);
    expect(deadlines('Năm ngoái các hộ đã phải di dời trong tháng 10/2026.')).toEqual([]);
    expect(deadlines('Hội thi được tổ chức trong tháng 10/2027.')).toEqual([]);
  });
});

describe('round 26: a due date moved from one day to another', () => {
  it('reads both ends of "gia hạn … từ ngày A đến hết ngày B" as due, for the work whose limit moves', () => {
    const found = deadlines(
      'Đồng ý gia hạn thời hạn nghiệm thu Đề án số hóa hồ sơ địa chính, từ ngày 15/7/2027 đến hết ngày 15/10/2027.',
    );
    expect(found.map((d) => [d.value, d.task?.text])).toEqual([
      ['2027-07-15', 'nghiệm thu Đề án số hóa hồ sơ địa chính'],
      ['2027-10-15', 'nghiệm thu Đề án số hóa hồ sơ địa chính'],
    ]);
  });

  it('gives the moved limit of "lùi hạn nộp … từ … sang …" its work, and keeps a festival\'s window a window', () => {
    expect(
      deadlines('Cho phép lùi hạn nộp báo cáo quyết toán từ ngày 20/4/2027 sang ngày 10/5/2027.').map(
        (d) => d.task?.text,
      ),
    ).toEqual(['nộp báo cáo quyết toán', 'nộp báo cáo quyết toán']);
    expect(deadlines('Lễ hội diễn ra từ ngày 30/6/2027 đến hết ngày 3/7/2027.')).toEqual([]);
  });
});

describe('round 26: a level numbered after "cấp"', () => {
  it('keeps "cấp I", "cấp 2" in the body\'s name, and "cấp" with an amount a verb', () => {
    expect(
      only('Đề nghị các đơn vị dự toán cấp II và Kho bạc Nhà nước khu vực gửi số liệu trước ngày 10/3/2027.').owners,
    ).toEqual(['các đơn vị dự toán cấp II', 'Kho bạc Nhà nước khu vực']);
    expect(only('Các trường cấp 2 hoàn thành tuyển sinh trước ngày 31/7/2027.').owners).toEqual(['Các trường cấp 2']);
    expect(only('Công an xã cấp 300 tài khoản định danh trước ngày 31/7/2027.')).toEqual({
      task: 'cấp 300 tài khoản định danh',
      owners: ['Công an xã'],
    });
  });
});

describe('round 26: a conjunct done on its own schedule', () => {
  it('starts the task after a conjunct with a recurring time of its own', () => {
    expect(
      only(
        'Yêu cầu các phường cập nhật số hộ bị ngập lên hệ thống hằng ngày trong mùa mưa; gửi báo cáo tổng hợp thiệt hại trước ngày 15/11/2027.',
      ),
    ).toEqual({ task: 'gửi báo cáo tổng hợp thiệt hại', owners: ['các phường'] });
    // (The weekly report is a recurring deadline of its own.)
    const dated = deadlines(
      'Contractors must report progress to the project board every week and submit the final acceptance dossier by June 30, 2027.',
      'en',
    ).find((d) => d.value === '2027-06-30');
    expect(reading(dated)).toEqual({ task: 'submit the final acceptance dossier', owners: ['Contractors'] });
  });

  it('keeps a chain whole when no conjunct recurs, or when what follows the recurring time is no new verb', () => {
    expect(only('Các xã rà soát danh sách hộ nghèo, gửi báo cáo về Sở Nội vụ trước ngày 15/11/2027.').task).toBe(
      'rà soát danh sách hộ nghèo, gửi báo cáo về Sở Nội vụ',
    );
    expect(only('Các xã cập nhật số liệu hằng tháng và số liệu cả năm lên hệ thống trước ngày 15/11/2027.').task).toBe(
      'cập nhật số liệu hằng tháng và số liệu cả năm lên hệ thống',
    );
  });
});

describe('round 26: a new due date for the same work, and a due date inside an aside', () => {
  it('gives "thời hạn mới chậm nhất ngày …" the work and owner of the due date it renews', () => {
    const found = deadlines(
      'Sở Tư pháp hoàn thành việc rà soát văn bản (nhiệm vụ giao tại Thông báo số 51/TB-UBND, hạn ngày 30/6/2027); thời hạn mới chậm nhất ngày 31/8/2027.',
    );
    expect(found.map(reading)).toEqual([
      { task: 'hoàn thành việc rà soát văn bản', owners: ['Sở Tư pháp'] },
      { task: 'hoàn thành việc rà soát văn bản', owners: ['Sở Tư pháp'] },
    ]);
  });

  it('gives "The new deadline is …" the work of the one before, in English too', () => {
    const found = deadlines(
      'Banks were to submit their recovery plans by March 31, 2027; the new deadline is June 30, 2027.',
      'en',
    );
    expect(found.map((d) => d.task?.text)).toEqual(['submit their recovery plans', 'submit their recovery plans']);
  });
});

describe('round 26: two due dates of one clause, each for whom it applies', () => {
  it('gives "trước ngày A đối với …, và trước ngày B đối với …" one task and owner', () => {
    const found = deadlines(
      'Các trường nộp hồ sơ đề nghị công nhận đạt chuẩn về Sở Giáo dục trước ngày 15/4/2027 đối với trường tiểu học và trước ngày 15/5/2027 đối với trường trung học cơ sở.',
    );
    expect(found.map(reading)).toEqual([
      { task: 'nộp hồ sơ đề nghị công nhận đạt chuẩn về Sở Giáo dục', owners: ['Các trường'] },
      { task: 'nộp hồ sơ đề nghị công nhận đạt chuẩn về Sở Giáo dục', owners: ['Các trường'] },
    ]);
  });

  it("reads the second date's own task when it states one", () => {
    const found = deadlines(
      'Các trường nộp hồ sơ về Sở trước ngày 15/4/2027 đối với trường tiểu học và trước ngày 15/5/2027 tổ chức tự đánh giá lại.',
    );
    expect(found[1]?.task?.text).not.toBe(found[0]?.task?.text);
  });
});

describe('round 26: an English heading that names a topic', () => {
  it('gives no owner from "2. Impact assessment dossiers" to a passive item under it, but keeps a body heading', () => {
    const topic = '2. Annual statements\nStatements for 2026 must be filed with the authority by March 31, 2027.';
    expect(deadlines(topic, 'en').map((d) => d.owners?.map((o) => o.text))).toEqual([[]]);
    const body = '2. Commercial banks\na) Report the restructured loans by March 31, 2027.';
    expect(deadlines(body, 'en').map((d) => d.owners?.map((o) => o.text))).toEqual([['Commercial banks']]);
  });
});

describe('round 26: a participle set off by commas after an English subject', () => {
  it('is not the main verb: "The first return, covering 2026, is due by …" names no body', () => {
    expect(only('The first return, covering the 2026 fiscal year, is due by March 31, 2027.', 'en')).toEqual({
      task: 'first return, covering the 2026 fiscal year',
      owners: [],
    });
    expect(only('Each importer, acting through its agent, must file the declaration by March 31, 2027.', 'en')).toEqual(
      { task: 'file the declaration', owners: ['Each importer'] },
    );
  });
});

describe('round 26: an English name that lists its fields after "of"', () => {
  it('keeps "Department of Innovation, Green Transition and Industrial Promotion" one owner, but parts two named bodies', () => {
    expect(
      only(
        'The Department of Planning, Architecture and Urban Development shall publish the maps by September 30, 2027.',
        'en',
      ).owners,
    ).toEqual(['Department of Planning, Architecture and Urban Development']);
    expect(only('The Ministry of Finance, Ministry of Health must report by September 30, 2027.', 'en').owners).toEqual(
      ['Ministry of Finance', 'Ministry of Health'],
    );
  });
});

describe('round 27: dates that bound what a rule covers, in English', () => {
  it('reads "received/submitted … before <date>" as a scope, and "must be received before" as due', () => {
    expect(
      deadlines('Applications received by the department before 1 July 2027 are processed under the old rules.', 'en'),
    ).toEqual([]);
    expect(deadlines('Declarations submitted before 1 July 2027 remain valid.', 'en')).toEqual([]);
    expect(deadlines('Declarations must be submitted before 1 July 2027.', 'en').map((d) => d.value)).toEqual([
      '2027-07-01',
    ]);
  });

  it('reads the quarter of a participle ("goods exported in Q3 2027") as no due date', () => {
    expect(
      deadlines(
        'Exporters must submit refund dossiers for goods exported in Q3 2027 no later than 31 December 2027.',
        'en',
      ).map((d) => d.value),
    ).toEqual(['2027-12-31']);
  });
});

describe('round 27: a deadline header of several words with a comma', () => {
  it('reads the rows under "Thời hạn trình, ban hành"', () => {
    const text = [
      'Danh mục văn bản quy định chi tiết:',
      'STT | Nội dung | Hình thức văn bản | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn trình, ban hành',
      '1 | Quy định về quỹ hỗ trợ khởi nghiệp | Nghị định | Bộ Tài chính | Bộ Tư pháp | Tháng 10/2027',
      '2 | Hướng dẫn chế độ báo cáo thống kê | Thông tư | Bộ Công Thương | Các bộ, ngành | Quý IV/2027',
    ].join('\n');
    expect(deadlines(text).map((d) => [d.value, ...(d.owners ?? []).map((o) => o.text)])).toEqual([
      ['2027-10', 'Bộ Tài chính'],
      ['2027-Q4', 'Bộ Công Thương'],
    ]);
  });
});

describe('round 27: a limit moved to the next working day, and a cause before the clause', () => {
  it('reads "chậm nhất vào ngày làm việc tiếp theo là ngày …" as due, with the task before the cue', () => {
    expect(
      only(
        'Do trùng kỳ nghỉ Tết, doanh nghiệp được nộp tờ khai chậm nhất vào ngày làm việc tiếp theo là ngày 22/02/2027.',
      ),
    ).toEqual({ task: 'nộp tờ khai', owners: ['doanh nghiệp'] });
    expect(only('Taxpayers may file no later than the next working day, that is May 3, 2027.', 'en').task).toBe('file');
  });

  it('leaves the agent of "do" inside a clause alone', () => {
    expect(only('Hội nghị do các xã tổ chức phải hoàn thành trước ngày 30/6/2027.').owners).toEqual(['các xã']);
  });
});

describe('round 27: a table written one cell a line, with no row numbers', () => {
  it('reads each run of as many lines as the header has cells as a row, "Đối tượng" as who must act', () => {
    const text = [
      'Lịch nộp hồ sơ:',
      'Nội dung',
      'Đối tượng',
      'Thời hạn',
      'Nộp đơn đăng ký ở ký túc xá',
      'Sinh viên năm thứ nhất',
      'Chậm nhất ngày 25/8/2027',
      'Nộp giấy xác nhận hộ nghèo',
      'Sinh viên diện chính sách',
      'Trước ngày 05/9/2027',
    ].join('\n');
    expect(deadlines(text).map(reading)).toEqual([
      { task: 'Nộp đơn đăng ký ở ký túc xá', owners: ['Sinh viên năm thứ nhất'] },
      { task: 'Nộp giấy xác nhận hộ nghèo', owners: ['Sinh viên diện chính sách'] },
    ]);
  });

  it('stops at the first run that is no row: prose after the table keeps its own reading', () => {
    const text = [
      'Nội dung',
      'Đơn vị thực hiện',
      'Thời hạn',
      'Rà soát danh sách hộ nghèo',
      'UBND các xã',
      'Tháng 9/2027',
      'Ngoài ra, đề nghị Phòng Văn hóa gửi báo cáo trước ngày 30/9/2027 để tổng hợp chung cho toàn tỉnh.',
    ].join('\n');
    expect(deadlines(text).map(reading)).toEqual([
      { task: 'Rà soát danh sách hộ nghèo', owners: ['UBND các xã'] },
      { task: 'gửi báo cáo', owners: ['Phòng Văn hóa'] },
    ]);
  });
});

describe('round 27: English due dates joined in a list', () => {
  it('gives each member of "before <date> and <date>" the same task and owner', () => {
    const found = deadlines(
      'The Department of Finance shall review the fee schedule and report to the People’s Committee before June 15, 2027 and June 15, 2028.',
      'en',
    );
    expect(found.map(reading)).toEqual([
      { task: 'review the fee schedule and report to the People’s Committee', owners: ['Department of Finance'] },
      { task: 'review the fee schedule and report to the People’s Committee', owners: ['Department of Finance'] },
    ]);
  });
});

describe('round 27: a range inside the subject', () => {
  it('keeps "between <date> and <date>" in the body that a relative clause narrows', () => {
    expect(
      only(
        'Traders that were granted refunds between 1 March and 30 June 2027 are required to keep the invoices and payment records available for inspection until 31 December 2027.',
        'en',
      ),
    ).toEqual({
      task: 'keep the invoices and payment records available for inspection',
      owners: ['Traders that were granted refunds between 1 March and 30 June 2027'],
    });
  });

  it('still ends the earlier step at a window that gives it its own time', () => {
    expect(
      only(
        'The department shall hold a workshop on the new forms from 8 to 10 May 2027 and publish the guidance by 30 April 2027.',
        'en',
      ).task,
    ).toBe('publish the guidance');
  });
});
