//! The network's shape: the mini-networks and their members, who introduced whom, the
//! people and networks that hold it together, and those it hangs on by one thread.
//!
//! The graph is the one Kumu and the network-analysis literature draw for coalitions: a
//! two-mode graph of people and the mini-networks they belong to, plus the referral ties
//! between people. Two measures, both well known and easy to explain:
//! - degree: how many ties a person has (memberships and referrals);
//! - betweenness (Freeman 1977, computed with Brandes 2001): the share of shortest paths
//!   between others that run through a person. High betweenness marks a key figure the
//!   network depends on, perhaps too much: without them, parts drift apart.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

use super::checklist::mini_networks;
use crate::domain::Id;
use crate::domain::dataset::Dataset;

/// Up to this many nodes betweenness is exact; above, it is estimated from
/// [`PIVOTS`] evenly spread sources (Brandes and Pich 2007), scaled to the whole.
pub const EXACT_LIMIT: usize = 2_000;
pub const PIVOTS: usize = 256;
/// How many people the picture names as the ones the network depends on.
pub const KEY_PEOPLE: usize = 5;

#[derive(Debug, Clone, PartialEq)]
pub struct NetNode {
    pub id: Id,
    pub name: String,
    pub members: usize,
}

/// One person's place in the network.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    pub id: Id,
    pub degree: usize,
    /// Normalised betweenness, 0 to 1.
    pub betweenness: f64,
    /// Mini-networks the person belongs to.
    pub networks: usize,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Picture {
    pub networks: Vec<NetNode>,
    /// Pairs of mini-networks (by index into `networks`) that share members, and how many.
    pub bridges: Vec<(usize, usize, usize)>,
    /// Referral ties between people in the graph (who introduced whom).
    pub referrals: usize,
    /// The longest chain of introductions, in people.
    pub longest_chain: usize,
    /// Highest betweenness first, at most [`KEY_PEOPLE`], only those above zero.
    pub key_people: Vec<Measure>,
    /// People in two or more mini-networks.
    pub bridging_people: usize,
    /// People with exactly one tie.
    pub single_link: Vec<Id>,
    /// People in the graph.
    pub people: usize,
    /// Whether betweenness was estimated (see [`EXACT_LIMIT`]).
    pub estimated: bool,
}

/// A plain undirected graph on `0..n`.
pub struct Graph {
    pub adj: Vec<Vec<usize>>,
}

impl Graph {
    pub fn new(n: usize) -> Graph {
        Graph {
            adj: vec![Vec::new(); n],
        }
    }

    /// Adds the tie once, whichever way round it is given.
    pub fn tie(&mut self, a: usize, b: usize) {
        if a != b && !self.adj[a].contains(&b) {
            self.adj[a].push(b);
            self.adj[b].push(a);
        }
    }
}

/// Normalised betweenness of every node (Brandes' algorithm, unweighted, undirected),
/// from every node as a source, or from `sources` evenly spread ones scaled up.
pub fn betweenness(g: &Graph, sources: usize) -> Vec<f64> {
    let n = g.adj.len();
    let mut cb = vec![0.0f64; n];
    if n < 3 {
        return cb;
    }
    let step = n.div_ceil(sources.clamp(1, n));
    let picked: Vec<usize> = (0..n).step_by(step).collect();
    let mut dist = vec![-1i64; n];
    let mut sigma = vec![0.0f64; n];
    let mut delta = vec![0.0f64; n];
    let mut order = Vec::with_capacity(n);
    let mut queue = VecDeque::new();
    for &s in &picked {
        dist.fill(-1);
        sigma.fill(0.0);
        delta.fill(0.0);
        order.clear();
        dist[s] = 0;
        sigma[s] = 1.0;
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            order.push(v);
            for &w in &g.adj[v] {
                if dist[w] < 0 {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                }
            }
        }
        for &w in order.iter().rev() {
            for &v in &g.adj[w] {
                if dist[v] == dist[w] - 1 {
                    delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                }
            }
            if w != s {
                cb[w] += delta[w];
            }
        }
    }
    // Each pair was counted from both ends; scale a sample up to all sources.
    let scale = n as f64 / picked.len() as f64 / 2.0;
    let pairs = ((n - 1) * (n - 2)) as f64 / 2.0;
    cb.iter_mut().for_each(|c| *c = *c * scale / pairs);
    cb
}

/// The two-mode graph: people (active, in a mini-network or a referral tie) first, then
/// the mini-networks. Returns the graph, the people's ids and the networks' ids.
fn build(data: &Dataset) -> (Graph, Vec<Id>, Vec<Id>) {
    let active: HashSet<Id> = data
        .stakeholders
        .iter()
        .filter(|s| !s.archived)
        .map(|s| s.id)
        .collect();
    let nets: Vec<_> = mini_networks(data).collect();
    let referrals: Vec<(Id, Id)> = data
        .stakeholders
        .iter()
        .filter_map(|s| Some((s.referred_by?, s.id)))
        .filter(|(a, b)| active.contains(a) && active.contains(b))
        .collect();
    let mut people: Vec<Id> = nets
        .iter()
        .flat_map(|n| n.members.iter().map(|m| m.stakeholder))
        .chain(referrals.iter().flat_map(|(a, b)| [*a, *b]))
        .filter(|id| active.contains(id))
        .collect();
    people.sort_unstable();
    people.dedup();
    let index: HashMap<Id, usize> = people.iter().enumerate().map(|(i, p)| (*p, i)).collect();
    let mut g = Graph::new(people.len() + nets.len());
    for (k, n) in nets.iter().enumerate() {
        for m in &n.members {
            if let Some(&i) = index.get(&m.stakeholder) {
                g.tie(i, people.len() + k);
            }
        }
    }
    for (a, b) in &referrals {
        g.tie(index[a], index[b]);
    }
    (g, people, nets.iter().map(|n| n.id).collect())
}

/// The picture of `data`'s network.
pub fn picture(data: &Dataset) -> Picture {
    let (g, people, net_ids) = build(data);
    let estimated = g.adj.len() > EXACT_LIMIT;
    let sources = if estimated { PIVOTS } else { g.adj.len() };
    let cb = betweenness(&g, sources);
    let p = people.len();
    let networks_of = |i: usize| g.adj[i].iter().filter(|&&j| j >= p).count();
    let mut measures: Vec<Measure> = (0..p)
        .map(|i| Measure {
            id: people[i],
            degree: g.adj[i].len(),
            betweenness: cb[i],
            networks: networks_of(i),
        })
        .collect();
    let single_link = measures
        .iter()
        .filter(|m| m.degree == 1)
        .map(|m| m.id)
        .collect();
    let bridging_people = measures.iter().filter(|m| m.networks >= 2).count();
    measures.sort_by(|a, b| {
        b.betweenness
            .total_cmp(&a.betweenness)
            .then(a.id.cmp(&b.id))
    });
    measures.retain(|m| m.betweenness > 0.0);
    measures.truncate(KEY_PEOPLE);
    Picture {
        networks: net_nodes(data, &net_ids),
        bridges: bridges(&g, p),
        referrals: data
            .stakeholders
            .iter()
            .filter(|s| !s.archived && s.referred_by.is_some())
            .count(),
        longest_chain: longest_chain(data),
        key_people: measures,
        bridging_people,
        single_link,
        people: p,
        estimated,
    }
}

fn net_nodes(data: &Dataset, ids: &[Id]) -> Vec<NetNode> {
    ids.iter()
        .filter_map(|id| crate::domain::dataset::by_id(&data.networks, *id))
        .map(|n| NetNode {
            id: n.id,
            name: n.name.clone(),
            members: n.members.len(),
        })
        .collect()
}

/// Pairs of networks (indices) with the number of members they share.
fn bridges(g: &Graph, people: usize) -> Vec<(usize, usize, usize)> {
    let mut shared: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for ties in g.adj.iter().take(people) {
        let mine: Vec<usize> = ties
            .iter()
            .filter(|&&j| j >= people)
            .map(|j| j - people)
            .collect();
        for (x, a) in mine.iter().enumerate() {
            for b in &mine[x + 1..] {
                *shared.entry(((*a).min(*b), (*a).max(*b))).or_default() += 1;
            }
        }
    }
    shared.into_iter().map(|((a, b), n)| (a, b, n)).collect()
}

/// The longest chain of introductions among active people (a cycle counts each once).
pub fn longest_chain(data: &Dataset) -> usize {
    let up: HashMap<Id, Id> = data
        .stakeholders
        .iter()
        .filter(|s| !s.archived)
        .filter_map(|s| Some((s.id, s.referred_by?)))
        .collect();
    let mut best = 0;
    for start in up.keys() {
        let mut seen = HashSet::from([*start]);
        let mut at = *start;
        while let Some(next) = up.get(&at) {
            if !seen.insert(*next) {
                break;
            }
            at = *next;
        }
        best = best.max(seen.len());
    }
    best
}
