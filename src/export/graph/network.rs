//! The map as nodes and edges, the one shape both graph formats write.

use crate::model::{Boundary, Colour, Id, Map, Point};

/// A node of the network.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Its id: the item's own, so that the same map gives the same ids.
    pub id: String,
    /// "Community", "Stakeholder", "Boundary" or "Activity".
    pub kind: &'static str,
    /// Its name (an activity's title, a boundary's label).
    pub label: String,
    /// A community's practice, a stakeholder's role, an activity's kind.
    pub description: String,
    /// An activity's status, owner and date, in words; empty otherwise.
    pub status: String,
    /// Its colour, where it has one.
    pub colour: Option<Colour>,
    /// Where it stands on the map, where it has a place.
    pub pos: Option<Point>,
    /// For a boundary node: its open tensions and what they say.
    pub tensions: Tensions,
}

/// An edge of the network.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Its id, made from the ids of the items it stands for.
    pub id: String,
    /// One end (a node's id).
    pub from: String,
    /// The other end (a node's id).
    pub to: String,
    /// "Boundary", "Boundary side" or "Activity".
    pub kind: &'static str,
    /// A boundary's label; empty otherwise.
    pub label: String,
    /// For a boundary: its open tensions and what they say.
    pub tensions: Tensions,
}

/// What a boundary's tensions amount to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tensions {
    /// How many are open or easing.
    pub open: u32,
    /// The highest severity among those, 0 when there are none.
    pub severity: u8,
    /// Each tension in the room's words, in map order.
    pub statements: Vec<String>,
}

/// The whole network, nodes and edges in map order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Network {
    /// Communities, stakeholders, boundaries of three or more, activities.
    pub nodes: Vec<Node>,
    /// Boundaries, boundary sides and activity links.
    pub edges: Vec<Edge>,
}

impl Network {
    /// The network of a (prepared) map.
    pub fn of(map: &Map) -> Self {
        let mut net = Self::default();
        for c in map.communities.iter() {
            net.nodes.push(Node {
                colour: Some(c.colour),
                pos: Some(c.pos),
                description: c.practice.clone(),
                ..Node::plain(c.id, "Community", &c.name)
            });
        }
        for s in map.stakeholders.iter() {
            net.nodes.push(Node {
                colour: Some(s.colour),
                pos: Some(s.pos),
                description: s.role.clone(),
                ..Node::plain(s.id, "Stakeholder", &s.name)
            });
        }
        for b in map.boundaries.iter() {
            net.add_boundary(map, b);
        }
        net.add_activities(map);
        net
    }

    /// A boundary: an edge between two sides, or a node joined to each of
    /// three or more. Sides not in the map (outside the scope) are skipped.
    fn add_boundary(&mut self, map: &Map, b: &Boundary) {
        let sides = sides(map, b);
        let tensions = tensions(map, b.id);
        if let [from, to] = sides[..] {
            self.edges.push(Edge {
                id: b.id.to_string(),
                from: from.to_string(),
                to: to.to_string(),
                kind: "Boundary",
                label: b.label.clone(),
                tensions,
            });
            return;
        }
        let places: Vec<Point> = sides.iter().filter_map(|&id| position(map, id)).collect();
        self.nodes.push(Node {
            pos: centre(&places),
            description: b.note.clone(),
            tensions,
            ..Node::plain(b.id, "Boundary", &b.label)
        });
        for side in sides {
            self.edges.push(Edge {
                id: format!("{}-{side}", b.id),
                from: b.id.to_string(),
                to: side.to_string(),
                kind: "Boundary side",
                label: String::new(),
                tensions: Tensions::default(),
            });
        }
    }

    /// Activities as nodes, each joined to what its boundaries join.
    fn add_activities(&mut self, map: &Map) {
        for a in map.activities.iter() {
            let mut status = vec![a.status.label().to_owned()];
            if !a.owner.trim().is_empty() {
                status.push(format!("owner {}", a.owner.trim()));
            }
            if let Some(date) = a.date {
                status.push(date.to_string());
            }
            self.nodes.push(Node {
                description: a.kind.label().to_owned(),
                status: status.join(", "),
                ..Node::plain(a.id, "Activity", &a.title)
            });
            let mut ends: Vec<String> = Vec::new();
            for &bid in &a.boundaries {
                let Some(b) = map.boundaries.get(bid) else {
                    continue;
                };
                let sides = sides(map, b);
                if sides.len() == 2 {
                    ends.extend(sides.iter().map(Id::to_string));
                } else {
                    ends.push(bid.to_string());
                }
            }
            let mut seen = Vec::new();
            for end in ends {
                if seen.contains(&end) {
                    continue;
                }
                self.edges.push(Edge {
                    id: format!("{}-{end}", a.id),
                    from: a.id.to_string(),
                    to: end.clone(),
                    kind: "Activity",
                    label: String::new(),
                    tensions: Tensions::default(),
                });
                seen.push(end);
            }
        }
    }
}

impl Node {
    /// A node with an id, a kind and a name, and nothing else yet.
    fn plain(id: Id, kind: &'static str, label: &str) -> Self {
        Self {
            id: id.to_string(),
            kind,
            label: label.to_owned(),
            description: String::new(),
            status: String::new(),
            colour: None,
            pos: None,
            tensions: Tensions::default(),
        }
    }
}

/// The tensions on a boundary, counted and in words.
fn tensions(map: &Map, boundary: Id) -> Tensions {
    let mut out = Tensions::default();
    for t in map.tensions_on(boundary) {
        if t.status.is_open() {
            out.open += 1;
            out.severity = out.severity.max(t.severity.get());
        }
        let (status, severity) = (t.status.label(), t.severity.get());
        let kind = t.kind.label();
        out.statements.push(match t.statement.trim() {
            "" => format!("{kind} ({status}, severity {severity})"),
            words => format!("{words} ({kind}, {status}, severity {severity})"),
        });
    }
    out
}

/// The sides of a boundary that are on the map (the scope may leave some
/// out).
fn sides(map: &Map, b: &Boundary) -> Vec<Id> {
    b.between
        .iter()
        .copied()
        .filter(|&id| map.is_party(id))
        .collect()
}

/// Where a community or stakeholder stands.
fn position(map: &Map, id: Id) -> Option<Point> {
    map.communities
        .get(id)
        .map(|c| c.pos)
        .or_else(|| map.stakeholders.get(id).map(|s| s.pos))
}

/// The middle of some points.
fn centre(points: &[Point]) -> Option<Point> {
    if points.is_empty() {
        return None;
    }
    let n = points.len() as f32;
    let (x, y) = points
        .iter()
        .fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
    Some(Point::new(x / n, y / n))
}
