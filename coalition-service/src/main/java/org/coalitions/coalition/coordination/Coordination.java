package org.coalitions.coalition.coordination;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.coalitions.coalition.roster.Rosters;
import org.coalitions.platform.persistence.ConcurrentSaves;
import org.coalitions.platform.security.CurrentUser;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.domain.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/** Threads, replies and meetings of a coalition or the coordination group, with their permission rules ({@link Spaces}). */
@Service
record Coordination(ThreadRepository threads, MeetingRepository meetings, Spaces spaces, Rosters rosters, Clock clock) {

	DiscussionThread startThread(String coalitionId, Posts.StartThread request, CurrentUser author) {
		spaces.requireMayPost(coalitionId, author);
		DiscussionThread thread = threads.insert(DiscussionThread.start(coalitionId, request.title(), request.body(),
				author.id(), author.name(), mentioned(coalitionId, request.body(), author), clock.instant()));
		return thread;
	}

	DiscussionThread.Post reply(String coalitionId, String threadId, Posts.Reply request, CurrentUser author) {
		spaces.requireMayPost(coalitionId, author);
		List<String> mentioned = mentioned(coalitionId, request.body(), author);
		// two replies at once: the later save takes the other one's and adds its own again
		DiscussionThread.Post reply = ConcurrentSaves.retrying(() -> {
			DiscussionThread thread = thread(coalitionId, threadId);
			DiscussionThread.Post post = thread.reply(request.body(), author.id(), author.name(), mentioned, clock.instant());
			threads.save(thread);
			return post;
		});
		return reply;
	}

	/**
	 * The members the post mentions, by id ({@link Mentions}), from the coalition's roster; the coordination group
	 * keeps no names here, so a mention there stays text.
	 */
	private List<String> mentioned(String coalitionId, String body, CurrentUser author) {
		return Spaces.isGroup(coalitionId) ? List.of()
				: Mentions.in(body, rosters.members(coalitionId), author.id());
	}

	/** The author's edit, from the revision they read ({@code basedOn}); they must still be allowed to post here. */
	DiscussionThread.Post edit(String coalitionId, String threadId, String postId, String body, int basedOn,
			CurrentUser author) {
		spaces.requireMayPost(coalitionId, author);
		return ConcurrentSaves.retrying(() -> {
			DiscussionThread thread = thread(coalitionId, threadId);
			DiscussionThread.Post post = thread.edit(postId, body, basedOn, author.id(), clock.instant());
			threads.save(thread);
			return post;
		});
	}

	/** Its author removes a post, also after leaving the coalition or while suspended: their words, their call. */
	void remove(String coalitionId, String threadId, String postId, CurrentUser author) {
		ConcurrentSaves.retrying(() -> {
			DiscussionThread thread = thread(coalitionId, threadId);
			thread.remove(postId, author.id(), clock.instant());
			return threads.save(thread);
		});
	}

	DiscussionThread.Post hide(String coalitionId, String threadId, String postId, String reason,
			CurrentUser moderator) {
		spaces.requireMayModerate(coalitionId, moderator);
		return ConcurrentSaves.retrying(() -> {
			DiscussionThread thread = thread(coalitionId, threadId);
			DiscussionThread.Post post = thread.hide(postId, reason, moderator.id(), clock.instant());
			threads.save(thread);
			return post;
		});
	}

	DiscussionThread.Post unhide(String coalitionId, String threadId, String postId, CurrentUser moderator) {
		spaces.requireMayModerate(coalitionId, moderator);
		return ConcurrentSaves.retrying(() -> {
			DiscussionThread thread = thread(coalitionId, threadId);
			DiscussionThread.Post post = thread.unhide(postId, moderator.id(), clock.instant());
			threads.save(thread);
			return post;
		});
	}

	/** The texts an edit replaced, then the current one: for the coalition's coordinators and the secretariat. */
	List<DiscussionThread.Version> versions(String coalitionId, String threadId, String postId, CurrentUser viewer) {
		if (!spaces.maySeeModeratedText(coalitionId, viewer)) {
			throw new ForbiddenException("Only the coalition's coordinators and the secretariat read earlier versions.");
		}
		DiscussionThread.Post post = thread(coalitionId, threadId).post(postId);
		List<DiscussionThread.Version> versions = new ArrayList<>(post.earlierVersionsOrNone());
		if (!post.isRemoved()) {
			versions.add(new DiscussionThread.Version(post.currentRevision(), post.body(),
					post.editedAt() == null ? post.postedAt() : post.editedAt()));
		}
		return versions;
	}

	/** How the person sees the space's posts (hidden text, reasons); null: no one signed in. */
	PostView.Viewer viewer(String coalitionId, CurrentUser user) {
		return new PostView.Viewer(user == null ? null : user.id(), spaces.maySeeModeratedText(coalitionId, user));
	}

	Page<DiscussionThread> threads(String coalitionId, int page, int size) {
		spaces.requireExists(coalitionId);
		return threads.findByCoalitionIdOrderByLastPostAtDesc(coalitionId, PageRequest.of(page, size));
	}

	DiscussionThread thread(String coalitionId, String threadId) {
		return threads.findById(threadId)
			.filter(thread -> thread.getCoalitionId().equals(coalitionId))
			.orElseThrow(() -> new NotFoundException("No thread " + threadId + " in coalition " + coalitionId));
	}

	Meeting schedule(String coalitionId, ScheduleMeeting request, CurrentUser actor) {
		spaces.requireMaySchedule(coalitionId, actor);
		Meeting meeting = meetings.insert(Meeting.schedule(coalitionId, request, actor.id(), clock.instant()));
		return meeting;
	}

	Meeting change(String coalitionId, String meetingId, ScheduleMeeting request, CurrentUser actor) {
		spaces.requireMayChangeMeetings(coalitionId, actor);
		return ConcurrentSaves.retrying(() -> {
			Meeting meeting = meeting(coalitionId, meetingId);
			meeting.change(request, actor.id(), clock.instant());
			return meetings.save(meeting);
		});
	}

	Meeting cancel(String coalitionId, String meetingId, CurrentUser actor) {
		spaces.requireMayChangeMeetings(coalitionId, actor);
		return ConcurrentSaves.retrying(() -> {
			Meeting meeting = meeting(coalitionId, meetingId);
			meeting.cancel(actor.id(), clock.instant());
			return meetings.save(meeting);
		});
	}

	Meeting addMinutes(String coalitionId, String meetingId, String minutes, CurrentUser actor) {
		spaces.requireMayAddMinutes(coalitionId, actor);
		Meeting saved = ConcurrentSaves.retrying(() -> {
			Meeting meeting = meeting(coalitionId, meetingId);
			meeting.addMinutes(minutes, actor.id(), clock.instant());
			return meetings.save(meeting);
		});
		return saved;
	}

	List<Meeting> meetings(String coalitionId) {
		spaces.requireExists(coalitionId);
		return meetings.findByCoalitionIdOrderByStartsAtDesc(coalitionId);
	}

	/** Every meeting of the person's coalitions (and of the coordination group if they belong to it). */
	List<Meeting> meetingsOf(String personId) {
		return meetings.findByCoalitionIdInOrderByStartsAtDesc(spaces.spacesOf(personId));
	}

	Meeting meeting(String coalitionId, String meetingId) {
		return meetings.findById(meetingId)
			.filter(meeting -> meeting.getCoalitionId().equals(coalitionId))
			.orElseThrow(() -> new NotFoundException("No meeting " + meetingId + " in coalition " + coalitionId));
	}
}
