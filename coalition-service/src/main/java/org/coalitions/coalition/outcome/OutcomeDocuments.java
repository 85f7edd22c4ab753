package org.coalitions.coalition.outcome;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.coalitions.coalition.registry.CoalitionRegistry;
import org.coalitions.coalition.roster.Rosters;
import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.domain.UnsupportedContentException;
import org.coalitions.platform.persistence.ConcurrentSaves;
import org.coalitions.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Files attached to outcomes: the bytes in the GridFS bucket {@value #BUCKET} (collections
 * {@code outcome_documents.files} and {@code .chunks}), the list of them, with the event telling of each, in the
 * outcome's own document.
 * <p>
 * The store has no transactions across documents, so an upload is two writes, in this order: the bytes first,
 * marked unattached in their metadata, then the outcome with the file in its list and {@code OutcomeDocumentAdded}
 * in its outbox (one atomic write, checked against publication by the outcome's version). Only files an outcome
 * lists are ever served, so until the second write a file is invisible, and it never appears without its event.
 * If the second write fails (the outcome was published meanwhile, the store went away) the bytes are removed at
 * once; if the process dies in between, {@link #sweepUnattached} removes them later. The mark is then lifted, as
 * a courtesy to that sweep, which looks at the outcome before removing anything.
 */
@Service
public class OutcomeDocuments {

	static final String BUCKET = "outcome_documents";

	private static final String FILES = BUCKET + ".files";

	private static final String ATTACHED = "metadata.attached";

	/** Far longer than any upload's second write takes: a file unattached this long lost its request. */
	static final Duration UNATTACHED_FOR = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(OutcomeDocuments.class);

	private final Outcomes outcomes;

	private final OutcomeRepository repository;

	private final CoalitionRegistry registry;

	private final Rosters rosters;

	private final MongoOperations mongo;

	private final GridFsTemplate files;

	private final Clock clock;

	OutcomeDocuments(Outcomes outcomes, OutcomeRepository repository, CoalitionRegistry registry, Rosters rosters,
			MongoOperations mongo, MongoDatabaseFactory databases, MongoConverter converter, Clock clock) {
		this.outcomes = outcomes;
		this.repository = repository;
		this.registry = registry;
		this.rosters = rosters;
		this.mongo = mongo;
		this.files = new GridFsTemplate(databases, converter, BUCKET);
		this.clock = clock;
	}

	/**
	 * Attaches the file to a draft: members only, 409 once published, 415 unless its content is a PDF, ODT or
	 * DOCX. The file (a temporary one, the caller's to remove) is streamed to the store, never held in memory.
	 */
	OutcomeDocument add(String coalitionId, String outcomeId, Path upload, String givenName, CurrentUser member) {
		registry.get(coalitionId).requireNotClosed("given new files");
		rosters.requireMember(coalitionId, member);
		if (outcomes.find(coalitionId, outcomeId, member).isPublished()) {
			throw RuleViolationException.conflict("A published outcome cannot be changed: files are added to drafts.");
		}
		DocumentType type = typeOf(upload);
		ObjectId id;
		long size;
		String fileName = fileName(givenName, type);
		try (InputStream content = Files.newInputStream(upload)) {
			size = Files.size(upload);
			id = files.store(content, fileName, type.mediaType(),
					new Document("coalitionId", coalitionId).append("outcomeId", outcomeId).append("attached", false));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		OutcomeDocument document = new OutcomeDocument(id.toHexString(), fileName, type.mediaType(), size,
				clock.instant(), member.id(), member.name());
		try {
			ConcurrentSaves.retrying(() -> {
				Outcome outcome = outcomes.find(coalitionId, outcomeId, member);
				outcome.attach(document, clock.instant());
				return repository.save(outcome);
			});
		}
		catch (RuntimeException notAttached) {
			removeUnlisted(id, outcomeId);
			throw notAttached;
		}
		markAttached(id);
		return document;
	}

	/** Whoever may read the outcome (anyone once published, members while a draft) sees its files. */
	List<OutcomeDocument> list(String coalitionId, String outcomeId, CurrentUser reader) {
		return outcomes.find(coalitionId, outcomeId, reader).getDocuments();
	}

	/** One file with its bytes, for whoever may read the outcome; 404 for anything the outcome does not list. */
	Download open(String coalitionId, String outcomeId, String documentId, CurrentUser reader) {
		OutcomeDocument document = outcomes.find(coalitionId, outcomeId, reader)
			.document(documentId)
			.orElseThrow(() -> new NotFoundException("No file " + documentId + " on outcome " + outcomeId));
		GridFSFile file = files.findOne(byId(new ObjectId(documentId)));
		if (file == null) {
			throw new NotFoundException("The file " + documentId + " is listed but its content is missing.");
		}
		return new Download(document, files.getResource(file));
	}

	record Download(OutcomeDocument document, Resource content) {
	}

	/**
	 * Removes files left unattached by an upload whose process died between its two writes (see the class
	 * comment), and lifts the mark of those whose outcome does list them. Idempotent, so every instance may run it.
	 */
	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
	void sweepUnattached() {
		sweepUnattached(clock.instant().minus(UNATTACHED_FOR));
	}

	/** @return how many files were removed */
	int sweepUnattached(Instant uploadedBefore) {
		int removed = 0;
		Query unattached = Query
			.query(Criteria.where(ATTACHED).is(false).and("uploadDate").lt(Date.from(uploadedBefore)));
		for (GridFSFile file : files.find(unattached).into(new ArrayList<>())) {
			String outcomeId = file.getMetadata() == null ? null : file.getMetadata().getString("outcomeId");
			if (listed(file.getObjectId(), outcomeId)) {
				markAttached(file.getObjectId());
			}
			else {
				files.delete(byId(file.getObjectId()));
				removed++;
			}
		}
		return removed;
	}

	private static DocumentType typeOf(Path upload) {
		try {
			return DocumentType.of(upload)
				.orElseThrow(() -> new UnsupportedContentException("Outcomes take PDF, ODT and DOCX files; the "
						+ "content of this one is none of them (whatever its name says)."));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The name a client gave, without any folder path or control characters, at most 200 characters, ending in the
	 * extension of the type read: a DOCX sent as "report.pdf" downloads as "report.pdf.docx".
	 */
	static String fileName(String given, DocumentType type) {
		String name = given == null ? "" : given;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.codePoints()
			.filter(c -> !Character.isISOControl(c))
			.limit(200)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "document";
		}
		return name.toLowerCase(Locale.ROOT).endsWith(type.extension()) ? name : name + type.extension();
	}

	/** The bytes go unless the outcome lists them (a failed save may still have been written). */
	private void removeUnlisted(ObjectId id, String outcomeId) {
		try {
			if (!listed(id, outcomeId)) {
				files.delete(byId(id));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not remove the unattached file {} now; the hourly sweep will: {}", id, ex.toString());
		}
	}

	private void markAttached(ObjectId id) {
		try {
			mongo.updateFirst(byId(id), Update.update(ATTACHED, true), FILES);
		}
		catch (RuntimeException ex) {
			log.warn("Could not mark the file {} attached; the hourly sweep will: {}", id, ex.toString());
		}
	}

	private boolean listed(ObjectId id, String outcomeId) {
		return outcomeId != null
				&& repository.findById(outcomeId).flatMap(outcome -> outcome.document(id.toHexString())).isPresent();
	}

	private static Query byId(ObjectId id) {
		return Query.query(Criteria.where("_id").is(id));
	}
}
