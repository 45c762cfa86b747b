#include "export/ordered_pieces.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include "text/contract_check.h"

namespace diplograph {
namespace {

using Render = std::function<void(std::size_t, PieceTexts&)>;
using Write = std::function<void(std::size_t, const std::string&)>;

// What the threads share: which piece is next to make, which piece each file writes next and
// whether a thread is writing it, the pieces made and not yet written to every file (a ring
// of `window` slots), and the first failure.
class PieceQueue {
 public:
  PieceQueue(std::size_t count, std::size_t files, std::size_t window, const Render& render,
             const Write& write)
      : count_(count),
        files_(files),
        window_(window),
        render_(render),
        write_(write),
        slots_(window),
        slot_piece_(window, kNoPiece),
        next_to_write_(files, 0),
        writing_(files, false) {}

  // Every thread, the calling one included: writes whatever file can be written next, or
  // else makes the next piece, until all is written or something failed. Writing comes
  // first, so that the files never wait for a thread busy making a piece ahead. Whatever
  // this throws is kept as the failure, so that every thread stops and can be joined.
  void work() {
    std::unique_lock lock(mutex_);
    try {
      while (!failure_ && written_to_all() < count_) {
        if (const std::optional<std::size_t> file = writable_file()) {
          write_next(*file, lock);
        } else if (may_start_piece()) {
          make_next_piece(lock);
        } else {
          changed_.wait(lock);
        }
      }
    } catch (...) {
      if (!lock.owns_lock()) lock.lock();
      fail(std::current_exception());
    }
  }

  std::exception_ptr failure() const { return failure_; }

 private:
  static constexpr std::size_t kNoPiece = static_cast<std::size_t>(-1);

  // How many pieces every file has written: their slots are free.
  std::size_t written_to_all() const {
    return *std::min_element(next_to_write_.begin(), next_to_write_.end());
  }
  bool may_start_piece() const {
    return next_to_make_ < count_ && next_to_make_ < written_to_all() + window_;
  }
  // A file no thread is writing whose next piece is made.
  std::optional<std::size_t> writable_file() const {
    for (std::size_t file = 0; file < files_; ++file) {
      const std::size_t piece = next_to_write_[file];
      if (!writing_[file] && piece < count_ && slot_piece_[piece % window_] == piece) return file;
    }
    return std::nullopt;
  }

  // Writes `file`'s text of its next piece with the lock released; the last file to write a
  // piece frees its slot. Called with the lock held, for a writable_file().
  void write_next(std::size_t file, std::unique_lock<std::mutex>& lock) {
    const std::size_t piece = next_to_write_[file];
    const std::size_t slot = piece % window_;
    writing_[file] = true;
    // The slot stays this piece's until every file has written it, this one included.
    const std::string& text = slots_[slot][file];
    lock.unlock();
    std::exception_ptr failed;
    try {
      write_(file, text);
    } catch (...) {
      failed = std::current_exception();
    }
    lock.lock();
    writing_[file] = false;
    if (failed) return fail(failed);
    ++next_to_write_[file];
    if (written_to_all() > piece) {
      // The strings are kept, emptied later, so that the next piece made reuses their memory
      // instead of growing new strings to the size of a piece again.
      spare_.push_back(std::move(slots_[slot]));
      slot_piece_[slot] = kNoPiece;
    }
    changed_.notify_all();
  }

  // Claims the next piece, makes it with the lock released, and files it. Called with the
  // lock held, when may_start_piece().
  void make_next_piece(std::unique_lock<std::mutex>& lock) {
    const std::size_t piece = next_to_make_++;
    PieceTexts texts;
    if (!spare_.empty()) {
      texts = std::move(spare_.back());
      spare_.pop_back();
    }
    lock.unlock();
    std::exception_ptr failed;
    try {
      texts.resize(files_);
      for (std::string& text : texts) text.clear();
      render_(piece, texts);
      DIPLOGRAPH_CONTRACT_CHECK(texts.size() == files_);
    } catch (...) {
      failed = std::current_exception();
    }
    lock.lock();
    if (failed) return fail(failed);
    // The ring never overwrites an unwritten piece: a piece starts only within the window.
    const std::size_t slot = piece % window_;
    DIPLOGRAPH_CONTRACT_CHECK(slot_piece_[slot] == kNoPiece);
    slots_[slot] = std::move(texts);
    slot_piece_[slot] = piece;
    changed_.notify_all();
  }

  void fail(std::exception_ptr failure) {
    if (!failure_) failure_ = std::move(failure);
    changed_.notify_all();
  }

  const std::size_t count_;
  const std::size_t files_;
  const std::size_t window_;
  const Render& render_;
  const Write& write_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<PieceTexts> slots_;
  std::vector<std::size_t> slot_piece_;  // the piece each slot holds, or kNoPiece
  std::vector<PieceTexts> spare_;
  std::size_t next_to_make_ = 0;
  std::vector<std::size_t> next_to_write_;  // per file
  std::vector<bool> writing_;               // per file: a thread is writing its next piece
  std::exception_ptr failure_;
};

}  // namespace

void write_pieces_in_order(std::size_t count, std::size_t files, unsigned threads,
                           std::size_t window, const Render& render, const Write& write) {
  DIPLOGRAPH_CONTRACT_CHECK(window >= 1);
  DIPLOGRAPH_CONTRACT_CHECK(files >= 1);
  PieceQueue queue(count, files, window, render, write);
  // The calling thread is one of the threads; no more threads than pieces.
  const std::size_t wanted =
      count == 0 ? 0 : std::min<std::size_t>(std::max(threads, 1u), count) - 1;
  std::vector<std::thread> helpers;
  helpers.reserve(wanted);
  for (std::size_t t = 0; t < wanted; ++t) {
    try {
      helpers.emplace_back([&queue] { queue.work(); });
    } catch (const std::system_error&) {
      break;  // fewer helpers: the calling thread does the rest
    }
  }
  queue.work();
  for (std::thread& helper : helpers) helper.join();
  if (queue.failure()) std::rethrow_exception(queue.failure());
}

}  // namespace diplograph
