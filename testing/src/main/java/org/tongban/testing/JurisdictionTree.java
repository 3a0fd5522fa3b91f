package org.tongban.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.tongban.platform.api.security.Jurisdiction;
import org.tongban.platform.api.security.Jurisdiction.Level;
import org.tongban.platform.api.security.Jurisdictions;

/** A jurisdiction tree held in memory, answering as the security bundle's service does. */
public class JurisdictionTree implements Jurisdictions {
    private final Map<String, Jurisdiction> byCode = new LinkedHashMap<>();

    /** A tree of these nodes; a parent need not be among them (the node is then a root here). */
    private final java.util.concurrent.atomic.AtomicInteger childrenCalls =
            new java.util.concurrent.atomic.AtomicInteger();

    /** How often {@link #children} was asked: pickers load a level only when it is opened. */
    public int childrenCalls() {
        return childrenCalls.get();
    }

    public JurisdictionTree(Jurisdiction... nodes) {
        for (Jurisdiction node : nodes) {
            with(node);
        }
    }

    /** Adds a node (or replaces the one with its code). */
    public JurisdictionTree with(Jurisdiction node) {
        byCode.put(node.code(), node);
        return this;
    }

    /** Adds a node (or replaces the one with its code). */
    public JurisdictionTree with(String code, String name, Level level, String parentCode) {
        return with(new Jurisdiction(code, name, level, parentCode));
    }

    /** The node with this code; fails the test when there is none. */
    public Jurisdiction get(String code) {
        Jurisdiction node = byCode.get(code);
        if (node == null) {
            throw new NoSuchElementException("no jurisdiction " + code + " in the test tree");
        }
        return node;
    }

    /** Every node, in the order added. */
    public List<Jurisdiction> all() {
        return List.copyOf(byCode.values());
    }

    /** What a citizen of this jurisdiction sees: its code and its ancestors' codes, from the root down. */
    public List<String> seenFrom(String code) {
        return ancestry(code).stream().map(Jurisdiction::code).toList();
    }

    @Override
    public Optional<Jurisdiction> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    @Override
    public List<Jurisdiction> children(String code) {
        childrenCalls.incrementAndGet();
        return byCode.values().stream()
                .filter(j -> Objects.equals(j.parentCode(), code))
                .sorted(Comparator.comparing(Jurisdiction::code))
                .toList();
    }

    @Override
    public List<Jurisdiction> ancestry(String code) {
        List<Jurisdiction> chain = new ArrayList<>();
        for (Jurisdiction j = code == null ? null : byCode.get(code);
                j != null;
                j = j.parentCode() == null ? null : byCode.get(j.parentCode())) {
            chain.addFirst(j);
        }
        return chain;
    }

    @Override
    public boolean contains(String ancestor, String descendant) {
        return ancestor != null
                && ancestry(descendant).stream().anyMatch(j -> j.code().equals(ancestor));
    }
}
