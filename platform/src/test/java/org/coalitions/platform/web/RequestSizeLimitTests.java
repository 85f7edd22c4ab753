package org.coalitions.platform.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the size limit lets through as it came, what it counts, and what it refuses. */
class RequestSizeLimitTests {

	final RequestSizeLimit limit = new RequestSizeLimit(new WebLimits(DataSize.ofBytes(10), DataSize.ofBytes(20)));

	final MockHttpServletResponse response = new MockHttpServletResponse();

	final MockFilterChain chain = new MockFilterChain();

	@Test
	void aRequestWithoutBodyGoesOnAsItCame() throws Exception {
		MockHttpServletRequest get = new MockHttpServletRequest("GET", "/api/coalitions");

		limit.doFilter(get, response, chain);

		assertThat(chain.getRequest()).isSameAs(get);
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void aBodyOfDeclaredLengthWithinTheLimitGoesOnAsItCame() throws Exception {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/api/coalitions");
		post.setContent("0123456789".getBytes(StandardCharsets.UTF_8));

		limit.doFilter(post, response, chain);

		assertThat(chain.getRequest()).isSameAs(post);
	}

	@Test
	void aBodyDeclaredTooLargeIsRefusedBeforeAnyoneReadsIt() throws Exception {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/api/coalitions");
		post.setContent("01234567890".getBytes(StandardCharsets.UTF_8));

		limit.doFilter(post, response, chain);

		assertThat(chain.getRequest()).as("not passed on").isNull();
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":413").contains("10 bytes");
	}

	@Test
	void aChunkedBodyIsCountedWhileReadAndFailsAtTheFirstByteTooMany() throws Exception {
		limit.doFilter(chunked("0123456789"), response, chain);
		ServletInputStream within = chain.getRequest().getInputStream();
		assertThat(within.readAllBytes()).hasSize(10);

		MockFilterChain next = new MockFilterChain();
		limit.doFilter(chunked("01234567890"), new MockHttpServletResponse(), next);
		ServletInputStream over = next.getRequest().getInputStream();
		assertThatThrownBy(over::readAllBytes).isInstanceOf(PayloadTooLargeException.class);
	}

	@Test
	void withoutHttp1FramingABodyOfUnknownLengthIsCountedToo() throws Exception {
		MockHttpServletRequest http2 = unknownLength("01234567890");
		http2.setProtocol("HTTP/2.0");

		limit.doFilter(http2, response, chain);

		assertThatThrownBy(chain.getRequest().getInputStream()::readAllBytes)
			.isInstanceOf(PayloadTooLargeException.class);
	}

	@Test
	void aFileUploadHasItsOwnLargerLimitAndOtherBodiesKeepTheirs() throws Exception {
		MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/files");
		upload.setContentType("multipart/form-data; boundary=x");
		upload.setContent("01234567890123456789".getBytes(StandardCharsets.UTF_8));
		limit.doFilter(upload, response, chain);
		assertThat(chain.getRequest()).isSameAs(upload);

		MockHttpServletRequest tooLarge = new MockHttpServletRequest("POST", "/api/files");
		tooLarge.setContentType("Multipart/Form-Data; boundary=x");
		tooLarge.setContent("012345678901234567890".getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse refused = new MockHttpServletResponse();
		limit.doFilter(tooLarge, refused, new MockFilterChain());
		assertThat(refused.getStatus()).isEqualTo(413);
		assertThat(refused.getContentAsString()).contains("20 bytes");

		MockHttpServletRequest json = new MockHttpServletRequest("POST", "/api/files");
		json.setContentType("application/json");
		json.setContent("01234567890".getBytes(StandardCharsets.UTF_8));
		MockHttpServletResponse jsonRefused = new MockHttpServletResponse();
		limit.doFilter(json, jsonRefused, new MockFilterChain());
		assertThat(jsonRefused.getStatus()).isEqualTo(413);
	}

	private static MockHttpServletRequest chunked(String body) {
		MockHttpServletRequest request = unknownLength(body);
		request.addHeader("Transfer-Encoding", "chunked");
		return request;
	}

	/** A body whose length is known only at its end, as a servlet container shows a streamed one. */
	private static MockHttpServletRequest unknownLength(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/coalitions") {
			@Override
			public long getContentLengthLong() {
				return -1;
			}

			@Override
			public int getContentLength() {
				return -1;
			}
		};
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}
}
