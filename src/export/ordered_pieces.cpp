#include "export/ordered_pieces.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

#include "text/contract_check.h"

namespace diplograph {
namespace {

// What the threads share: which piece is next to make and to write, the pieces made and not
// yet written (a ring of `window` slots), and the first failure.
class PieceQueue {
 public:
  PieceQueue(std::size_t count, std::size_t window,
             const std::function<void(std::size_t, PieceTexts&)>& render)
      : count_(count), window_(window), render_(render), slots_(window), ready_(window, false) {}

  // A helper thread: makes pieces until none is left or something failed.
  void help() {
    std::unique_lock lock(mutex_);
    while (true) {
      changed_.wait(lock, [&] { return stopped() || may_start_piece(); });
      if (stopped()) return;
      make_next_piece(lock);
    }
  }

  // The calling thread: writes each piece when it is made, making pieces itself while the
  // next one to write is not ready. Whatever it throws is kept as the failure, so that the
  // helpers are always told to stop and can be joined.
  void write_all(const std::function<void(const PieceTexts&)>& write) {
    std::unique_lock lock(mutex_);
    try {
      while (next_to_write_ < count_ && !failure_) {
        const std::size_t slot = next_to_write_ % window_;
        if (ready_[slot]) {
          PieceTexts texts = std::move(slots_[slot]);
          ready_[slot] = false;
          ++next_to_write_;
          changed_.notify_all();
          lock.unlock();
          write(texts);
          lock.lock();
          spare_.push_back(std::move(texts));
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
    // Every piece is written (so made) or a failure is kept: either stops the helpers.
  }

  std::exception_ptr failure() const { return failure_; }

 private:
  bool stopped() const { return failure_ || next_to_make_ >= count_; }
  bool may_start_piece() const {
    return next_to_make_ < count_ && next_to_make_ < next_to_write_ + window_;
  }

  // Claims the next piece, makes it with the lock released, and files it. Called with the
  // lock held, when may_start_piece().
  void make_next_piece(std::unique_lock<std::mutex>& lock) {
    const std::size_t piece = next_to_make_++;
    // The strings of a piece already written, emptied: their memory is reused instead of
    // growing new strings to the size of a piece again.
    PieceTexts texts;
    if (!spare_.empty()) {
      texts = std::move(spare_.back());
      spare_.pop_back();
      for (std::string& text : texts) text.clear();
    }
    lock.unlock();
    std::exception_ptr failed;
    try {
      render_(piece, texts);
    } catch (...) {
      failed = std::current_exception();
    }
    lock.lock();
    if (failed) return fail(failed);
    // The ring never overwrites an unwritten piece: a piece starts only within the window.
    const std::size_t slot = piece % window_;
    slots_[slot] = std::move(texts);
    ready_[slot] = true;
    changed_.notify_all();
  }

  void fail(std::exception_ptr failure) {
    if (!failure_) failure_ = std::move(failure);
    changed_.notify_all();
  }

  const std::size_t count_;
  const std::size_t window_;
  const std::function<void(std::size_t, PieceTexts&)>& render_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<PieceTexts> slots_;
  std::vector<bool> ready_;
  std::vector<PieceTexts> spare_;
  std::size_t next_to_make_ = 0;
  std::size_t next_to_write_ = 0;
  std::exception_ptr failure_;
};

}  // namespace

void write_pieces_in_order(std::size_t count, unsigned threads, std::size_t window,
                           const std::function<void(std::size_t piece, PieceTexts& texts)>& render,
                           const std::function<void(const PieceTexts& texts)>& write) {
  DIPLOGRAPH_CONTRACT_CHECK(window >= 1);
  PieceQueue queue(count, window, render);
  // The calling thread is one of the threads; no more threads than pieces.
  const std::size_t wanted =
      count == 0 ? 0 : std::min<std::size_t>(std::max(threads, 1u), count) - 1;
  std::vector<std::thread> helpers;
  helpers.reserve(wanted);
  for (std::size_t t = 0; t < wanted; ++t) {
    try {
      helpers.emplace_back([&queue] { queue.help(); });
    } catch (const std::system_error&) {
      break;  // fewer helpers: the calling thread makes the rest
    }
  }
  queue.write_all(write);
  for (std::thread& helper : helpers) helper.join();
  if (queue.failure()) std::rethrow_exception(queue.failure());
}

}  // namespace diplograph
