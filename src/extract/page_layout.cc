#include "extract/page_layout.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace bescore {

namespace {
// A word in much larger type, then words in small type, are two fields: an employer set large, then the role
// ("FreshPaint Sr. Software Engineer"). Marks, and icons set small before a handle, are not words here.
bool type_steps_down(const PlacedWord& a, const PlacedWord& b) {
  auto wordlike = [](const std::string& s) {
    return std::count_if(s.begin(), s.end(), [](unsigned char c) { return std::isalpha(c); }) >= 2;
  };
  return b.size > 0 && a.size >= 1.6 * b.size && wordlike(a.text) && wordlike(b.text);
}

std::vector<PlacedLine> group_into_lines(std::vector<PlacedWord> words, int column);

// A narrow column of dates beside the entries (RenderCV, moderncv) is part of a one-column
// layout: splitting there would tear each role from its dates.
bool is_date_column(const std::vector<PlacedWord>& side) {
  auto lines = group_into_lines(side, 0);
  if (lines.empty()) return false;
  size_t dated = 0;
  for (const auto& l : lines) {
    bool year = false;
    for (size_t i = 0; i + 4 <= l.text.size(); ++i)
      if ((l.text.compare(i, 2, "19") == 0 || l.text.compare(i, 2, "20") == 0) && isdigit((unsigned char)l.text[i + 2]) &&
          isdigit((unsigned char)l.text[i + 3]))
        year = true;
    dated += year || l.text.find("resent") != std::string::npos;
  }
  return dated * 10 >= lines.size() * 3;  // sidebars hold the odd education date, not one per role
}

// A narrow column whose rows sit on the same baselines as the wide one (moderncv's date and label
// column) labels the rows beside it; a sidebar flows on its own baselines.
bool is_label_column(const std::vector<PlacedWord>& narrow, const std::vector<PlacedWord>& wide) {
  auto small = group_into_lines(narrow, 0), big = group_into_lines(wide, 0);
  if (small.empty()) return false;
  size_t aligned = 0;
  for (const auto& a : small) {
    double ca = (a.y0 + a.y1) / 2;
    for (const auto& b : big)
      if (std::fabs(ca - (b.y0 + b.y1) / 2) < 1.0) { ++aligned; break; }
  }
  // A sidebar carries section headings of its own (SKILLS, CONTACT); a label column does not.
  for (const auto& a : small) {
    int upper = 0, lowers = 0;
    for (char c : a.text) upper += c >= 'A' && c <= 'Z', lowers += c >= 'a' && c <= 'z';
    if (upper >= 4 && lowers == 0) return false;
  }
  return aligned * 10 >= small.size() * 6;
}
}  // namespace

double find_gutter(const std::vector<PlacedWord>& words, double page_width, double page_height) {
  if (words.size() < 40 || page_width <= 0) return -1;
  const int steps = 240;
  const double lo = 0.2 * page_width, hi = 0.8 * page_width;
  std::vector<int> covered(steps + 1, 0);
  for (const auto& w : words) {
    // Clamped before the conversion: a word scaled 1e10 wide lies far off the page, and a double beyond int's
    // range is undefined behaviour as an int.
    int a = int(std::clamp(std::ceil((w.x0 - lo) / (hi - lo) * steps), 0.0, double(steps + 1)));
    int b = int(std::clamp(std::floor((w.x1 - lo) / (hi - lo) * steps), -1.0, double(steps)));
    for (int i = a; i <= b; ++i) ++covered[i];
  }
  // Tolerate a few full-width words (the name, a rule) crossing the gutter.
  const int tolerance = std::max(2, int(words.size() / 50));
  double best = -1, best_width = 0;
  for (int i = 0; i <= steps;) {
    if (covered[i] > tolerance) { ++i; continue; }
    int j = i;
    while (j + 1 <= steps && covered[j + 1] <= tolerance) ++j;
    double x_from = lo + (hi - lo) * i / steps, x_to = lo + (hi - lo) * j / steps;
    double width = x_to - x_from;
    // Within the region, cut where the fewest words cross: the middle of the longest run at the minimum.
    int least_cover = *std::min_element(covered.begin() + i, covered.begin() + j + 1);
    int run_start = i, best_start = i, best_len = 0;
    for (int k = i; k <= j + 1; ++k) {
      if (k <= j && covered[k] == least_cover) continue;
      if (k - run_start > best_len) { best_len = k - run_start; best_start = run_start; }
      run_start = k + 1;
    }
    double mid = lo + (hi - lo) * (best_start + (best_len - 1) / 2.0) / steps;
    std::vector<PlacedWord> left, right;
    double ltop = 1e9, lbot = -1, rtop = 1e9, rbot = -1;
    for (const auto& w : words) {
      if (w.x1 <= mid) { left.push_back(w); ltop = std::min(ltop, w.y0); lbot = std::max(lbot, w.y1); }
      else if (w.x0 >= mid) { right.push_back(w); rtop = std::min(rtop, w.y0); rbot = std::max(rbot, w.y1); }
    }
    // A sidebar can be sparse (contact, skills), so each side needs only a little of the text.
    size_t least = std::max<size_t>(15, words.size() * 6 / 100);
    bool both_sides = left.size() >= least && right.size() >= least;
    // The main column runs down the page; a sidebar may be short (contact and skills only).
    double lh = lbot - ltop, rh = rbot - rtop;
    bool both_tall = std::max(lh, rh) > 0.25 * page_height && std::min(lh, rh) > 0.12 * page_height;
    if (width >= 6 && both_sides && both_tall && width > best_width &&
        !is_date_column(left.size() < right.size() ? left : right) &&
        !is_label_column(left.size() < right.size() ? left : right, left.size() < right.size() ? right : left)) {
      best = mid;
      best_width = width;
    }
    i = j + 1;
  }
  return best;
}

namespace {

bool has_digit(const std::string& s) { return s.find_first_of("0123456789") != std::string::npos; }

// A label column: section names in a narrow left column, level with the first line of their section, while
// every other line starts at the content column ("EXPERIENCE   Senior Engineer, Acme"). Each label is split
// onto a row of its own before its content; a label set on two rows ("WORK" / "EXPERIENCE") is one row.
void split_label_column(std::vector<std::vector<PlacedWord>>& rows) {
  if (rows.size() < 8) return;
  double left = 1e9;
  for (const auto& r : rows) left = std::min(left, r.front().x0);
  // The content column: where most rows not at the left edge start; titles and organisations may sit a little
  // left of their bullets.
  std::map<int, int> starts;  // row starts away from the left edge, to 2 pt
  for (const auto& r : rows) if (r.front().x0 > left + 30) ++starts[int(std::lround(r.front().x0 / 2))];
  if (starts.empty()) return;
  auto most = std::max_element(starts.begin(), starts.end(), [](auto& a, auto& b) { return a.second < b.second; });
  int away = 0;
  for (const auto& [x, n] : starts) away += n;
  if (away * 10 < int(rows.size()) * 4) return;
  double content = most->first * 2.0;
  // Where a row's content starts after its label: the first word in the content column, behind a clear gap.
  auto label_end = [&](const std::vector<PlacedWord>& r) -> size_t {
    if (r.front().x0 > left + 2) return 0;
    for (size_t i = 1; i < r.size() && i <= 4; ++i) {
      if (r[i].x0 < content - 30) continue;
      if (r[i].x0 - r[i - 1].x1 < 6) return 0;
      for (size_t k = 0; k < i; ++k) if (has_digit(r[k].text)) return 0;
      return i;
    }
    return 0;
  };
  std::vector<size_t> ends(rows.size());
  int labelled = 0;
  for (size_t i = 0; i < rows.size(); ++i) labelled += (ends[i] = label_end(rows[i])) > 0;
  if (labelled < 2) return;
  std::vector<std::vector<PlacedWord>> out;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!ends[i]) { out.push_back(std::move(rows[i])); continue; }
    std::vector<PlacedWord> label(rows[i].begin(), rows[i].begin() + long(ends[i]));
    rows[i].erase(rows[i].begin(), rows[i].begin() + long(ends[i]));
    // The next row's label continues this one when it sits right below it.
    size_t j = i;
    while (j + 1 < rows.size() && ends[j + 1] && rows[j + 1].front().y0 - rows[j].front().y1 < rows[j].front().y1 - rows[j].front().y0) {
      ++j;
      // Set after the label so far, one space on, so the row reads "WORK EXPERIENCE".
      double shift = label.back().x1 + 0.3 * std::max(label.back().size, 4.0) - rows[j].front().x0;
      for (size_t k = 0; k < ends[j]; ++k) {
        PlacedWord w = rows[j][k];
        w.x0 += shift, w.x1 += shift;
        label.push_back(std::move(w));
      }
      rows[j].erase(rows[j].begin(), rows[j].begin() + long(ends[j]));
      ends[j] = 0;
    }
    // One line of label text, set at the row's height, left to right in reading order.
    double y0 = rows[i].front().y0, y1 = rows[i].front().y1;
    for (auto& w : label) w.y0 = y0, w.y1 = y1;
    out.push_back(std::move(label));
    out.push_back(std::move(rows[i]));
  }
  rows = std::move(out);
}

std::vector<PlacedLine> group_into_lines(std::vector<PlacedWord> words, int column) {
  auto rows = group_rows(std::move(words));
  split_label_column(rows);
  std::vector<PlacedLine> lines;
  for (auto& row : rows) {
    PlacedLine line;
    line.column = column;
    line.x0 = row.front().x0;
    line.y0 = 1e9;
    line.y1 = -1;
    for (size_t i = 0; i < row.size(); ++i) {
      const auto& w = row[i];
      if (i > 0) {
        double gap = w.x0 - row[i - 1].x1;
        double em = std::max(w.size, row[i - 1].size);
        bool field = gap > 2.5 * std::max(em, 4.0) || (gap > 0.12 * em && type_steps_down(row[i - 1], w));
        // A gap over 0.12 of the type size (the words' box height) is a space. Justified text squeezes a line's spaces
        // narrower ("implemented and migrated" at 0.119): there, a gap the PDF itself reads as a space, between words
        // of one size, is one.
        // Small capitals ("I" "SHWAK") change size, and pieces of a tracked heading ("SU" "M" "MARY") sit closer.
        bool squeezed = row[i - 1].space_after && gap > 0.09 * em && std::abs(w.size - row[i - 1].size) < 0.05 * em;
        bool space = gap > 0.12 * em || squeezed;
        line.text += field ? " | " : space ? " " : "";
      }
      line.text += w.text;
      line.x1 = std::max(line.x1, w.x1);
      line.y0 = std::min(line.y0, w.y0);
      line.y1 = std::max(line.y1, w.y1);
      line.size = std::max(line.size, w.size);
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace

std::vector<std::vector<PlacedWord>> group_rows(std::vector<PlacedWord> words) {
  std::sort(words.begin(), words.end(), [](const PlacedWord& a, const PlacedWord& b) {
    double ca = (a.y0 + a.y1) / 2, cb = (b.y0 + b.y1) / 2;
    return ca != cb ? ca < cb : a.x0 < b.x0;
  });
  std::vector<std::vector<PlacedWord>> rows;
  for (auto& w : words) {
    double c = (w.y0 + w.y1) / 2;
    if (!rows.empty()) {
      const auto& first = rows.back().front();
      double rc = (first.y0 + first.y1) / 2;
      double h = std::max(first.y1 - first.y0, w.y1 - w.y0);
      if (std::fabs(c - rc) < 0.45 * h) { rows.back().push_back(std::move(w)); continue; }
    }
    rows.push_back({std::move(w)});
  }
  for (auto& row : rows) std::sort(row.begin(), row.end(), [](const PlacedWord& a, const PlacedWord& b) { return a.x0 < b.x0; });
  return rows;
}

std::vector<PlacedLine> layout_lines(std::vector<PlacedWord> words, double gutter) {
  if (gutter < 0) return group_into_lines(std::move(words), 0);
  std::vector<PlacedWord> left, right;
  // A row whose words run across the gutter at normal word spacing (a full-width name or banner)
  // is read whole, with the left column; other words go to the side holding their middle.
  auto rows = group_into_lines(words, 0);
  std::vector<std::pair<double, double>> spanning;  // y ranges of rows that span the gutter
  for (const auto& row : rows) {
    double last_left = -1, first_right = -1;
    for (const auto& w : words) {
      double c = (w.y0 + w.y1) / 2;
      if (c < row.y0 || c > row.y1) continue;
      if ((w.x0 + w.x1) / 2 <= gutter) last_left = std::max(last_left, w.x1);
      else if (first_right < 0 || w.x0 < first_right) first_right = w.x0;
    }
    if (last_left >= 0 && first_right >= 0 && first_right - last_left < std::max(4.0, row.size)) spanning.emplace_back(row.y0, row.y1);
  }
  for (auto& w : words) {
    double c = (w.y0 + w.y1) / 2;
    bool spans = false;
    for (const auto& [top, bottom] : spanning) spans = spans || (c >= top && c <= bottom);
    (spans || (w.x0 + w.x1) / 2 <= gutter ? left : right).push_back(std::move(w));
  }
  auto lines = group_into_lines(std::move(left), 0);
  for (auto& l : group_into_lines(std::move(right), 1)) lines.push_back(std::move(l));
  return lines;
}

void continue_main_column(std::vector<PlacedLine>& lines, double body_size) {
  size_t chars[2] = {0, 0};
  const PlacedLine* first_right = nullptr;
  for (const auto& l : lines) {
    chars[l.column == 1] += l.text.size();
    if (l.column == 1 && !first_right) first_right = &l;
  }
  if (!first_right || chars[1] <= chars[0]) return;
  // A heading opens a section of its own: larger type, or a short line in capitals.
  bool caps = std::none_of(first_right->text.begin(), first_right->text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (first_right->size > body_size * 1.15 || (caps && first_right->text.size() < 40)) return;
  std::stable_partition(lines.begin(), lines.end(), [](const PlacedLine& l) { return l.column == 1; });
}

}  // namespace bescore
