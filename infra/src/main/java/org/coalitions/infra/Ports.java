package org.coalitions.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/** Free ports and readiness waits on loopback. */
public final class Ports {

	private Ports() {
	}

	/** Below Linux's ephemeral range (32768-60999), where outgoing connections take their local ports. */
	private static final int LOWEST = 15000;

	private static final int HIGHEST = 32000;

	private static final Set<Integer> handedOut = ConcurrentHashMap.newKeySet();

	/**
	 * A port that is free now and not handed out before by this JVM. Chosen below the ephemeral range: a port
	 * the kernel gave us there could be taken by any outgoing connection's local end before the server that is
	 * meant to listen on it starts (seen on CI machines, where builds open many connections).
	 */
	public static int free() {
		for (int attempt = 0; attempt < 500; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST);
			if (handedOut.add(port) && canListen(port)) {
				return port;
			}
		}
		throw new IllegalStateException("no free port between " + LOWEST + " and " + HIGHEST);
	}

	private static boolean canListen(int port) {
		try (ServerSocket any = new ServerSocket()) {
			any.setReuseAddress(false);
			any.bind(new InetSocketAddress(port), 1);
		}
		catch (IOException ex) {
			return false;
		}
		try (ServerSocket loopback = new ServerSocket()) {
			loopback.setReuseAddress(false);
			loopback.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	public static boolean isOpen(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Polls until the condition holds; fails with the given description when the time is up. */
	public static void await(String what, Duration timeout, BooleanSupplier condition) {
		Instant deadline = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for " + what);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted waiting for " + what, ex);
			}
		}
	}
}
