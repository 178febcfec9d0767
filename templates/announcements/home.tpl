{{%AUTOESCAPE context="HTML"}}
{{!
  The 公告 block of every area's 系统首页 (announcements_home_fill). Repeated ITEM (URL, TITLE,
  PUBLISHED; UNREAD when the account has not opened it); MORE (URL) when there are more; EMPTY.
}}
<section class="panel" aria-labelledby="announcements-heading">
<h2 id="announcements-heading" class="section-title">公告</h2>
{{#EMPTY}}<p class="empty">暂无公告。</p>{{/EMPTY}}
<ul class="announcement-list">
{{#ITEM}}<li><a href="{{URL}}">{{TITLE}}</a> <span class="muted">{{PUBLISHED}}</span>{{#UNREAD}} <span class="badge badge-warn">未读</span>{{/UNREAD}}</li>
{{/ITEM}}</ul>
{{#MORE}}<p><a href="{{URL}}">更多公告</a></p>{{/MORE}}
</section>
